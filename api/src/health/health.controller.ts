import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@lederloeft/contracts';
import { Policy } from '../common/policy.decorator';
import { APP_CONFIG } from '../config/config.token';
import type { AppConfig } from '../config/app-config';
import { DrainState } from './drain-state';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly drain: DrainState,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Policy('public')
  @ApiOperation({
    summary: 'Readiness: the database answers and the process is not shutting down (503 otherwise)',
  })
  health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    return this.ready(reply);
  }

  @Get('ready')
  @Policy('public')
  @ApiOperation({
    summary:
      'Readiness for a load balancer: 503 while the database does not answer or the process drains (SIGTERM); the server only listens once migrations have run',
  })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    let reachable = true;
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      reachable = false;
    }
    const status = this.drain.draining ? 'draining' : reachable ? 'ok' : 'degraded';
    void reply.status(status === 'ok' ? 200 : 503).header('cache-control', 'no-store');
    return {
      status,
      // npm start sets npm_package_version from package.json.
      version: process.env['npm_package_version'] ?? 'dev',
      database: { type: this.config.database.type, reachable },
    };
  }

  @Get('live')
  @Policy('public')
  @ApiOperation({
    summary: 'Liveness: the process answers (no database call); restart it when this fails',
  })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
