import { Module } from '@nestjs/common';
import { LeadersAdminService } from './leaders-admin.service';
import { LeadersController } from './leaders.controller';
import { LeadersService } from './leaders.service';
import { OrgUnitsAdminService } from './org-units-admin.service';
import { OrgUnitsController } from './org-units.controller';

@Module({
  controllers: [LeadersController, OrgUnitsController],
  providers: [LeadersService, LeadersAdminService, OrgUnitsAdminService],
  exports: [LeadersService],
})
export class OrganisationModule {}
