import { Module } from '@nestjs/common';
import { LeadersController } from './leaders.controller';
import { LeadersService } from './leaders.service';
import { OrgUnitsController } from './org-units.controller';

@Module({
  controllers: [LeadersController, OrgUnitsController],
  providers: [LeadersService],
  exports: [LeadersService],
})
export class OrganisationModule {}
