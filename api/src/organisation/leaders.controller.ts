import { Body, Controller, Get, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type {
  LeaderAdminView,
  LeaderPage,
  LeaderSummary,
  LeaderView,
  PersonalFoundationView,
} from '@lederloeft/contracts';
import { principalOf } from '../auth/principal-of';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { CreateLeaderDto, LeaderListQueryDto, UpdateLeaderDto } from './dto/leader-admin.dto';
import { UpdatePersonalFoundationDto } from './dto/personal-foundation.dto';
import { LeadersAdminService } from './leaders-admin.service';
import { LeadersService } from './leaders.service';

const leaderId = existingId('Lederen findes ikke.');

@ApiTags('leaders')
@Controller('leaders')
export class LeadersController {
  constructor(
    private readonly leaders: LeadersService,
    private readonly admin: LeadersAdminService,
  ) {}

  @Get()
  @Policy('admin', 'hr')
  @ApiOperation({
    summary:
      'Leaders, searched (q: name, e-mail, title) and filtered (unitId subtree, levelKey, active), a page at a time (admin; HR read-only)',
  })
  list(@Query() query: LeaderListQueryDto): Promise<LeaderPage> {
    return this.admin.list(query);
  }

  @Post()
  @Policy('admin')
  @ApiOperation({
    summary: "Create a leader; the leader import's rules (400 with every problem)",
  })
  create(@Body() body: CreateLeaderDto): Promise<LeaderAdminView> {
    return this.admin.create(body);
  }

  @Patch(':id')
  @Policy('admin')
  @ApiOperation({
    summary:
      "Edit a leader: the import's rules (400), no cycle in the manager chain; deactivating a leader with active reports is 409",
  })
  update(
    @Param('id', leaderId) id: string,
    @Body() body: UpdateLeaderDto,
  ): Promise<LeaderAdminView> {
    return this.admin.update(id, body);
  }

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
