import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { RoundsService } from './rounds.service';
import { TargetProfilesController } from './target-profiles.controller';
import { TargetProfilesService } from './target-profiles.service';

@Module({
  imports: [OrganisationModule],
  controllers: [AssessmentsController, TargetProfilesController],
  providers: [AssessmentsService, TargetProfilesService, RoundsService],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
