import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PolicyGuard } from './common/policy.guard';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.token';
import { dataSourceOptions } from './database/data-source';
import { WriteQueue } from './database/write-queue';
import { FrameworksModule } from './frameworks/frameworks.module';
import { HealthModule } from './health/health.module';

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
      providers: [
        { provide: APP_CONFIG, useValue: config },
        WriteQueue,
        { provide: APP_GUARD, useClass: PolicyGuard },
      ],
      exports: [APP_CONFIG, WriteQueue],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config), HealthModule, FrameworksModule],
    };
  }
}
