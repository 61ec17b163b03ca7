import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ComplaintsService } from '../complaints/complaints';
import { RepairsModule } from '../repairs/repairs.module';
import { ContactFormsController } from './contact-forms.controller';
import { ContactFormsService } from './contact-forms.service';
import { ReceptionConversionsService } from './conversions.service';
import { ReceptionEntriesService } from './entries.service';
import { StaffPraisesController, StaffPraisesService } from './praises';
import { ReceptionEntriesController } from './reception.controller';

/**
 * The front desk (REC-1, REC-2, REC-5): the reception log, its entries turned into complaints, repair orders and
 * specialist questions, praise on the staff praised, and work contact forms to other departments.
 * The complaint register's service is stateless: this module takes complaints through its own instance.
 */
@Module({
  imports: [CasesModule, RepairsModule],
  controllers: [ReceptionEntriesController, ContactFormsController, StaffPraisesController],
  providers: [ReceptionEntriesService, ReceptionConversionsService, ContactFormsService, StaffPraisesService, ComplaintsService],
})
export class ReceptionModule {}
