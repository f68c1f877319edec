import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { ParticipantsController } from './participants.controller';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { SeatsService } from './seats.service';

/** Development plans: lifecycle, items, goals, follow-ups, history; seats on sessions. */
@Module({
  imports: [OrganisationModule, CatalogueModule],
  controllers: [PlansController, ParticipantsController],
  providers: [PlansService, SeatsService],
  exports: [PlansService, SeatsService],
})
export class PlansModule {}
