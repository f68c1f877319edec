import { AssessmentsModule } from '../assessments/assessments.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { PlanProposalsController } from './plan-proposals.controller';
import { PlanProposalsService } from './plan-proposals.service';
import { PlanExportsController } from './exports/plan-exports.controller';
import { PlanExportsService } from './exports/plan-exports.service';
import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { ParticipantsController } from './participants.controller';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { SeatsService } from './seats.service';

/** Development plans: lifecycle, items, goals, follow-ups, history; seats on sessions. */
@Module({
  imports: [OrganisationModule, CatalogueModule, AssessmentsModule, FrameworksModule],
  controllers: [
    PlansController,
    ParticipantsController,
    PlanProposalsController,
    PlanExportsController,
  ],
  providers: [PlansService, SeatsService, PlanProposalsService, PlanExportsService],
  exports: [PlansService, SeatsService],
})
export class PlansModule {}
