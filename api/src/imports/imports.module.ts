import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { LeaderImportService } from './leader-import.service';

@Module({
  controllers: [ImportsController],
  providers: [LeaderImportService],
})
export class ImportsModule {}
