import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../common/config';
import { ArchiveModule } from './archive/archive.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { CustodyModule } from './custody/custody.module';
import { HandoverModule } from './handover/handover.module';
import { AppConfigService } from './common/app-config.service';
import { DatabaseModule } from './database/database.module';
import { FeesModule } from './fees/fees.module';
import { GateModule } from './gate/gate.module';
import { ChecklistsModule } from './checklists/checklists.module';
import { ReleasePassesModule } from './release-passes/release-passes.module';
import { HistoryModule } from './history/history';
import { InspectionsModule } from './inspections/inspections.module';
import { MoveInModule } from './move-in/move-in.module';
import { PermissionsModule } from './permissions/permissions.module';
import { ReceptionModule } from './reception/reception.module';
import { RepairsModule } from './repairs/repairs.module';
import { DecorationModule } from './decoration/decoration.module';
import { SurveysModule } from './surveys/surveys.module';
import { SupervisionModule } from './supervision/supervision.module';
import { HealthController } from './health/health.controller';
import { StaffController } from './staff/staff.controller';
import { StaffService } from './staff/staff.service';
import { MyNoticesController, MyNoticesService } from './staff/task-notice';
import { TemporalModule } from './temporal/temporal.module';

@Global()
@Module({})
class ConfigModule {
  static with(config: AppConfig): DynamicModule {
    const provider = { provide: AppConfigService, useValue: new AppConfigService(config) };
    return { module: ConfigModule, providers: [provider], exports: [provider] };
  }
}

@Module({})
export class AppModule {
  static with(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.with(config), DatabaseModule, TemporalModule, PermissionsModule, AuthModule, ArchiveModule, CasesModule, FeesModule, RepairsModule, ReceptionModule, SurveysModule, SupervisionModule, GateModule, ChecklistsModule, ReleasePassesModule, CustodyModule, HandoverModule, DecorationModule, InspectionsModule, MoveInModule, HistoryModule],
      controllers: [HealthController, StaffController, MyNoticesController],
      providers: [StaffService, MyNoticesService],
    };
  }
}
