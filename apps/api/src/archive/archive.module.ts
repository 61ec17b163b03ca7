import { Module } from '@nestjs/common';
import { BuildingsController, BuildingsService } from './buildings/buildings';
import { ContactsController, ContactsService } from './contacts/contacts';
import { DocumentsController, DocumentsService } from './documents/documents';
import { EstatesController, EstatesService } from './estates/estates';
import { FileLoansController, FileLoansService } from './file-loans/file-loans';
import { HouseholdsController } from './households/households';
import { HouseholdsService } from './households/households';
import { MembersController, MembersService } from './members/members';
import { ProxiesController, ProxiesService } from './proxies/proxies';
import { UnitsController, UnitsService } from './units/units';

/** The household archive: estates, buildings, units, households and everything in their file (ARC-1..3). */
@Module({
  controllers: [
    EstatesController,
    BuildingsController,
    UnitsController,
    HouseholdsController,
    MembersController,
    ContactsController,
    ProxiesController,
    DocumentsController,
    FileLoansController,
  ],
  providers: [
    EstatesService,
    BuildingsService,
    UnitsService,
    HouseholdsService,
    MembersService,
    ContactsService,
    ProxiesService,
    DocumentsService,
    FileLoansService,
  ],
})
export class ArchiveModule {}
