import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { InterpretationsController } from './interpretations.controller';
import { InterpretationsService } from './interpretations.service';

@Module({
  imports: [OrganisationModule],
  controllers: [InterpretationsController],
  providers: [InterpretationsService],
})
export class InterpretationsModule {}
