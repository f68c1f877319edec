import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { CoverageController } from './coverage.controller';
import { CoverageService } from './coverage.service';
import { CoverageDemandService } from './coverage-demand.service';
import { CoverageFactsService } from './coverage-facts.service';
import { CoverageScenariosService } from './coverage-scenarios.service';
import { CoverageTargetsService } from './coverage-targets.service';

/** Overblik: coverage facts maintained on write, the heatmap, trend, demand, scenarios, targets. */
@Module({
  imports: [CatalogueModule, FrameworksModule],
  controllers: [CoverageController],
  providers: [
    CoverageFactsService,
    CoverageService,
    CoverageTargetsService,
    CoverageDemandService,
    CoverageScenariosService,
  ],
})
export class CoverageModule {}
