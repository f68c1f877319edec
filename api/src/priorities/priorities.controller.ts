import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  type PipeTransform,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type {
  EffectivePrioritiesView,
  PrioritySetView,
  UnitPrioritiesView,
} from '@lederloeft/contracts';
import { DomainError } from '@lederloeft/domain';
import { principalOf } from '../auth/principal-of';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { SavePrioritiesDto } from './dto/save-priorities.dto';
import { currentYear, PrioritiesService } from './priorities.service';

const uuid = existingId('Findes ikke.');

/** A year in a path or query: four digits; the current year when a query leaves it out. */
const year: PipeTransform<unknown, number> = {
  transform(value: unknown): number {
    if (value === undefined || value === '') return currentYear();
    // The global ValidationPipe may already have turned "2027" into 2027 (transform: true).
    const n =
      typeof value === 'number' || (typeof value === 'string' && /^\d{4}$/.test(value))
        ? Number(value)
        : NaN;
    if (!Number.isInteger(n) || n < 2000 || n > 2100) {
      throw new DomainError('VALIDATION_FAILED', 'Året er ikke gyldigt.', [
        { path: 'year', message: 'Angiv året med fire cifre, fx 2027.' },
      ]);
    }
    return n;
  },
};

@ApiTags('strategic priorities')
@Controller()
export class PrioritiesController {
  constructor(private readonly priorities: PrioritiesService) {}

  @Get('strategic-priorities')
  @Policy('hr', 'director', 'admin')
  @ApiOperation({
    summary:
      "A year's priority sets (?year=, default this year): all for HR/admin, a director's area",
  })
  list(@Query('year', year) y: number, @Req() request: FastifyRequest): Promise<PrioritySetView[]> {
    return this.priorities.list(principalOf(request), y);
  }

  @Get('org-units/:id/strategic-priorities/:year')
  @Policy('hr', 'director', 'admin')
  @ApiOperation({ summary: "A unit's own priorities for the year beside those it inherits" })
  forUnit(
    @Param('id', uuid) id: string,
    @Param('year', year) y: number,
    @Req() request: FastifyRequest,
  ): Promise<UnitPrioritiesView> {
    return this.priorities.forUnit(principalOf(request), id, y);
  }

  @Put('org-units/:id/strategic-priorities/:year')
  @Policy('hr', 'director', 'admin')
  @ApiOperation({ summary: "Set or replace the unit's priorities for the year" })
  save(
    @Param('id', uuid) id: string,
    @Param('year', year) y: number,
    @Body() body: SavePrioritiesDto,
    @Req() request: FastifyRequest,
  ): Promise<PrioritySetView> {
    return this.priorities.save(principalOf(request), id, y, body);
  }

  @Delete('org-units/:id/strategic-priorities/:year')
  @Policy('hr', 'director', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove the unit's own priorities: it inherits again" })
  async remove(
    @Param('id', uuid) id: string,
    @Param('year', year) y: number,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.priorities.remove(principalOf(request), id, y);
  }

  @Get('leaders/:id/strategic-priorities')
  @Policy('authenticated')
  @ApiOperation({
    summary: 'The priorities in force for a leader in a year (?year=) and the unit they come from',
  })
  forLeader(
    @Param('id', uuid) id: string,
    @Query('year', year) y: number,
    @Req() request: FastifyRequest,
  ): Promise<EffectivePrioritiesView> {
    return this.priorities.forLeader(principalOf(request), id, y);
  }
}
