import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { LeaderSummary, LeaderView, PersonalFoundationView } from '@lederloeft/contracts';
import { principalOf } from '../auth/principal-of';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { UpdatePersonalFoundationDto } from './dto/personal-foundation.dto';
import { LeadersService } from './leaders.service';

const leaderId = existingId('Lederen findes ikke.');

@ApiTags('leaders')
@Controller('leaders')
export class LeadersController {
  constructor(private readonly leaders: LeadersService) {}

  @Get(':id')
  @Policy('authenticated')
  @ApiOperation({ summary: 'A leader: self, their managers, HR, admin, directors over the unit' })
  get(@Param('id', leaderId) id: string, @Req() request: FastifyRequest): Promise<LeaderView> {
    return this.leaders.get(principalOf(request), id);
  }

  @Get(':id/reports')
  @Policy('authenticated')
  @ApiOperation({ summary: "A leader's direct reports (same scope as the leader)" })
  reports(
    @Param('id', leaderId) id: string,
    @Req() request: FastifyRequest,
  ): Promise<LeaderSummary[]> {
    return this.leaders.directReports(principalOf(request), id);
  }

  @Get(':id/personal-foundation')
  @Policy('authenticated')
  @ApiOperation({ summary: 'The personal leadership foundation: the leader and their managers' })
  personalFoundation(
    @Param('id', leaderId) id: string,
    @Req() request: FastifyRequest,
  ): Promise<PersonalFoundationView> {
    return this.leaders.personalFoundation(principalOf(request), id);
  }

  @Put(':id/personal-foundation')
  @Policy('leader')
  @ApiOperation({ summary: 'Write your own personal leadership foundation' })
  updatePersonalFoundation(
    @Param('id', leaderId) id: string,
    @Body() body: UpdatePersonalFoundationDto,
    @Req() request: FastifyRequest,
  ): Promise<PersonalFoundationView> {
    return this.leaders.updatePersonalFoundation(principalOf(request), id, body.text);
  }
}
