import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../../../prisma/client';
import { AppConfigService } from '../common/app-config.service';
import { withChangeRecords } from '../../../common/change-records';
import { currentStaffId } from './request-context';

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(config: AppConfigService) {
    super({ adapter: new PrismaPg({ connectionString: config.values.DATABASE_URL, max: 10 }) });
    // Every change of the household file, staff, policies and money is recorded with its actor (change-records.ts).
    return withChangeRecords(this, () => ({ staffId: currentStaffId() }));
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
