import { Module } from '@nestjs/common';
import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';
import { InitialDataService } from './initial-data.service';

@Module({
  controllers: [FrameworksController],
  providers: [FrameworksService, InitialDataService],
  exports: [FrameworksService, InitialDataService],
})
export class FrameworksModule {}
