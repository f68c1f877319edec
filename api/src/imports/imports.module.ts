import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { EmployeeResultsImportService } from './employee-results-import.service';
import { LeaderImportService } from './leader-import.service';
import { OrgUnitImportService } from './org-unit-import.service';
import { SurveyImportService } from './survey-import.service';

@Module({
  controllers: [ImportsController],
  providers: [
    LeaderImportService,
    EmployeeResultsImportService,
    OrgUnitImportService,
    SurveyImportService,
  ],
})
export class ImportsModule {}
