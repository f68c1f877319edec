import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { PrioritiesController } from './priorities.controller';
import { PrioritiesService } from './priorities.service';

@Module({
  imports: [OrganisationModule],
  controllers: [PrioritiesController],
  providers: [PrioritiesService],
})
export class PrioritiesModule {}
