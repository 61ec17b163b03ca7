import { Global, Inject, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfigService } from '../common/app-config.service';

/**
 * The one Temporal client of the API. The connection is lazy: the API boots and
 * answers /health even while the Temporal server is down.
 */
@Injectable()
export class TemporalService implements OnModuleDestroy {
  readonly client: Client;
  readonly taskQueue: string;
  private readonly connection: Connection;

  constructor(@Inject(AppConfigService) config: AppConfigService) {
    const { TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE } = config.values;
    this.connection = Connection.lazy({ address: TEMPORAL_ADDRESS, connectTimeout: 3000 });
    this.client = new Client({ connection: this.connection, namespace: TEMPORAL_NAMESPACE });
    this.taskQueue = TEMPORAL_TASK_QUEUE;
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection.close();
  }
}

@Global()
@Module({ providers: [TemporalService], exports: [TemporalService] })
export class TemporalModule {}
