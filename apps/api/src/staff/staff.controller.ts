import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud';
import { CreateStaffDto, UpdateStaffDto } from './staff.dto';
import { StaffService } from './staff.service';

/** Staff accounts: readable by all staff, managed by administrators; deactivated, never deleted. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController extends CrudController({
  resource: 'staff',
  create: CreateStaffDto,
  update: UpdateStaffDto,
  deletable: false,
}) {
  constructor(service: StaffService) {
    super(service);
  }
}
