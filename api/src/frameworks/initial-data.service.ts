import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IKAST_BRANDE_FRAMEWORK } from '@lederloeft/domain';
import { APP_CONFIG } from '../config/config.token';
import type { AppConfig } from '../config/app-config';
import { FrameworkEntity } from './framework.entity';
import { FrameworksService } from './frameworks.service';

/**
 * On first start (no framework in the database) loads the Ikast-Brande leadership
 * foundation as the published edition, through the same import path administrators
 * use. Later starts find it and do nothing, so nothing is duplicated.
 */
@Injectable()
export class InitialDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(InitialDataService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
  ) {}

  private seeding: Promise<void> | null = null;

  onApplicationBootstrap(): Promise<void> {
    return this.seedIfEmpty();
  }

  /**
   * Idempotent, and safe to call from other start-up work (the demo data needs the
   * foundation): every caller awaits the same single run.
   */
  seedIfEmpty(): Promise<void> {
    this.seeding ??= this.seed();
    return this.seeding;
  }

  private async seed(): Promise<void> {
    if (!this.config.seedOnEmpty) return;
    const existing = await this.dataSource.getRepository(FrameworkEntity).count();
    if (existing > 0) return;
    const summary = await this.frameworks.import(IKAST_BRANDE_FRAMEWORK, {
      publish: true,
    });
    this.logger.log(
      `Loaded ${summary.name.da}: ${summary.competencyCount} competencies, ${summary.behaviourCount} behaviours (edition ${summary.edition}).`,
    );
  }
}
