import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.token';
import { dataSourceOptions } from './database/data-source';
import { WriteQueue } from './database/write-queue';
import { RequestCounters } from './common/rate-limits/request-counters';
import { FrameworksModule } from './frameworks/frameworks.module';
import { HealthModule } from './health/health.module';
import { OrganisationModule } from './organisation/organisation.module';
import { DemoModule } from './demo/demo.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { ImportsModule } from './imports/imports.module';
import { InterpretationsModule } from './interpretations/interpretations.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { PlansModule } from './plans/plans.module';
import { PrioritiesModule } from './priorities/priorities.module';
import { CoverageModule } from './coverage/coverage.module';

/** Config, database and the write queue, available to every feature module. */
@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.database),
          // Start-up brings the schema up to date; migrations are the only schema source.
          migrationsRun: true,
          // Fail fast with the real error instead of retrying for half a minute.
          retryAttempts: 1,
          retryDelay: 1000,
        }),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }, WriteQueue, RequestCounters],
      exports: [APP_CONFIG, WriteQueue, RequestCounters],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        AuthModule,
        HealthModule,
        FrameworksModule,
        OrganisationModule,
        AssessmentsModule,
        ImportsModule,
        InterpretationsModule,
        CatalogueModule,
        PlansModule,
        PrioritiesModule,
        CoverageModule,
        DemoModule,
      ],
    };
  }
}
