import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@lederloeft/contracts';
import { Policy } from '../common/policy.decorator';
import { APP_CONFIG } from '../config/config.token';
import type { AppConfig } from '../config/app-config';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Policy('public')
  @ApiOperation({
    summary: 'Liveness and database reachability (503 when the database does not answer)',
  })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    let reachable = true;
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      reachable = false;
    }
    void reply.status(reachable ? 200 : 503).header('cache-control', 'no-store');
    return {
      status: reachable ? 'ok' : 'degraded',
      // npm start sets npm_package_version from package.json.
      version: process.env['npm_package_version'] ?? 'dev',
      database: { type: this.config.database.type, reachable },
    };
  }
}
