import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { EmployeeResultsImportService } from './employee-results-import.service';
import { LeaderImportService } from './leader-import.service';

@Module({
  controllers: [ImportsController],
  providers: [LeaderImportService, EmployeeResultsImportService],
})
export class ImportsModule {}
