import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { PlanEventView, PlanSummary, PlanView } from '@lederloeft/contracts';
import { principalOf } from '../auth/principal-of';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import {
  ApprovePlanDto,
  CreateFollowUpDto,
  CreatePlanDto,
  CreatePlanItemDto,
  CreatePlanNoteDto,
  CreateSmartGoalDto,
  ReturnPlanDto,
  UpdateFollowUpDto,
  UpdatePlanDto,
  UpdatePlanItemDto,
  UpdateSmartGoalDto,
} from './dto/plan.dto';
import { PlansService } from './plans.service';

const leaderId = existingId('Lederen findes ikke.');
const planId = existingId('Planen findes ikke.');
const itemId = existingId('Aktiviteten findes ikke i planen.');
const goalId = existingId('Målet findes ikke i planen.');
const followUpId = existingId('Opfølgningen findes ikke i planen.');

/**
 * Development plans. Every route is open to signed-in people (or leaders, for writes) and
 * the service checks object-level scope: the leader, their managers (read; the direct
 * manager approves), nobody else (404).
 */
@ApiTags('plans')
@Controller()
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get('leaders/:id/plans')
  @Policy('authenticated')
  @ApiOperation({ summary: "A leader's plans: the leader and the managers above" })
  list(@Param('id', leaderId) id: string, @Req() req: FastifyRequest): Promise<PlanSummary[]> {
    return this.plans.listForLeader(principalOf(req), id);
  }

  @Post('leaders/:id/plans')
  @Policy('leader')
  @ApiOperation({ summary: 'Create your own plan (a draft)' })
  create(
    @Param('id', leaderId) id: string,
    @Body() body: CreatePlanDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.create(principalOf(req), id, body);
  }

  @Get('plans/inbox')
  @Policy('manager')
  @ApiOperation({ summary: "Your direct reports' plans waiting for your approval" })
  inbox(@Req() req: FastifyRequest): Promise<PlanSummary[]> {
    return this.plans.inbox(principalOf(req));
  }

  @Get('plans/:id')
  @Policy('authenticated')
  @ApiOperation({ summary: 'A plan: the leader and the managers above' })
  get(@Param('id', planId) id: string, @Req() req: FastifyRequest): Promise<PlanView> {
    return this.plans.get(principalOf(req), id);
  }

  @Patch('plans/:id')
  @Policy('leader')
  @ApiOperation({ summary: 'Edit your plan (draft or returned); version required (409 if stale)' })
  update(
    @Param('id', planId) id: string,
    @Body() body: UpdatePlanDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.update(principalOf(req), id, body);
  }

  @Delete('plans/:id')
  @Policy('leader')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete your draft that was never submitted (else 409: cancel it)' })
  remove(@Param('id', planId) id: string, @Req() req: FastifyRequest): Promise<void> {
    return this.plans.remove(principalOf(req), id);
  }

  @Get('plans/:id/history')
  @Policy('authenticated')
  @ApiOperation({ summary: "The plan's history: who did what, when" })
  history(@Param('id', planId) id: string, @Req() req: FastifyRequest): Promise<PlanEventView[]> {
    return this.plans.history(principalOf(req), id);
  }

  @Post('plans/:id/submit')
  @Policy('leader')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send your plan to your manager (needs items and SMART goals)' })
  submit(@Param('id', planId) id: string, @Req() req: FastifyRequest): Promise<PlanView> {
    return this.plans.transition(principalOf(req), id, 'submit');
  }

  @Post('plans/:id/approve')
  @Policy('manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a direct report’s plan; seats are requested on its sessions' })
  approve(
    @Param('id', planId) id: string,
    @Body() body: ApprovePlanDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.transition(principalOf(req), id, 'approve', body.comment);
  }

  @Post('plans/:id/return')
  @Policy('manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a direct report’s plan with a comment (required)' })
  returnPlan(
    @Param('id', planId) id: string,
    @Body() body: ReturnPlanDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.transition(principalOf(req), id, 'return', body.comment);
  }

  @Post('plans/:id/activate')
  @Policy('leader')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start your approved plan' })
  activate(@Param('id', planId) id: string, @Req() req: FastifyRequest): Promise<PlanView> {
    return this.plans.transition(principalOf(req), id, 'activate');
  }

  @Post('plans/:id/complete')
  @Policy('leader')
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete your active plan' })
  complete(@Param('id', planId) id: string, @Req() req: FastifyRequest): Promise<PlanView> {
    return this.plans.transition(principalOf(req), id, 'complete');
  }

  @Post('plans/:id/cancel')
  @Policy('leader')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel your plan; its seats are given up (the next in line moves up)' })
  cancel(@Param('id', planId) id: string, @Req() req: FastifyRequest): Promise<PlanView> {
    return this.plans.transition(principalOf(req), id, 'cancel');
  }

  @Post('plans/:id/items')
  @Policy('leader')
  @ApiOperation({ summary: 'Add an activity: an offer (with a session), on the job, or other' })
  addItem(
    @Param('id', planId) id: string,
    @Body() body: CreatePlanItemDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.addItem(principalOf(req), id, body);
  }

  @Patch('plans/:id/items/:itemId')
  @Policy('leader')
  @ApiOperation({
    summary: 'Edit an activity (draft/returned), or mark it done with evidence (approved/active)',
  })
  updateItem(
    @Param('id', planId) id: string,
    @Param('itemId', itemId) item: string,
    @Body() body: UpdatePlanItemDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.updateItem(principalOf(req), id, item, body);
  }

  @Delete('plans/:id/items/:itemId')
  @Policy('leader')
  @ApiOperation({ summary: 'Remove an activity; after approval its seat is given up' })
  removeItem(
    @Param('id', planId) id: string,
    @Param('itemId', itemId) item: string,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.removeItem(principalOf(req), id, item);
  }

  @Post('plans/:id/items/:itemId/notes')
  @Policy('leader')
  @ApiOperation({
    summary: 'A reflection on an activity: what I learned, what I now do differently',
  })
  addNote(
    @Param('id', planId) id: string,
    @Param('itemId', itemId) item: string,
    @Body() body: CreatePlanNoteDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.addNote(principalOf(req), id, item, body);
  }

  @Post('plans/:id/goals')
  @Policy('leader')
  @ApiOperation({ summary: 'Add a SMART goal for a focus competency' })
  addGoal(
    @Param('id', planId) id: string,
    @Body() body: CreateSmartGoalDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.addGoal(principalOf(req), id, body);
  }

  @Patch('plans/:id/goals/:goalId')
  @Policy('leader')
  @ApiOperation({ summary: 'Edit a SMART goal' })
  updateGoal(
    @Param('id', planId) id: string,
    @Param('goalId', goalId) goal: string,
    @Body() body: UpdateSmartGoalDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.updateGoal(principalOf(req), id, goal, body);
  }

  @Delete('plans/:id/goals/:goalId')
  @Policy('leader')
  @ApiOperation({ summary: 'Remove a SMART goal' })
  removeGoal(
    @Param('id', planId) id: string,
    @Param('goalId', goalId) goal: string,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.removeGoal(principalOf(req), id, goal);
  }

  @Post('plans/:id/follow-ups')
  @Policy('leader')
  @ApiOperation({ summary: 'Agree a follow-up date (the leader or the direct manager)' })
  addFollowUp(
    @Param('id', planId) id: string,
    @Body() body: CreateFollowUpDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.addFollowUp(principalOf(req), id, body);
  }

  @Patch('plans/:id/follow-ups/:followUpId')
  @Policy('leader')
  @ApiOperation({ summary: 'Edit a follow-up (the leader or the direct manager)' })
  updateFollowUp(
    @Param('id', planId) id: string,
    @Param('followUpId', followUpId) followUp: string,
    @Body() body: UpdateFollowUpDto,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.updateFollowUp(principalOf(req), id, followUp, body);
  }

  @Delete('plans/:id/follow-ups/:followUpId')
  @Policy('leader')
  @ApiOperation({ summary: 'Remove a follow-up (the leader or the direct manager)' })
  removeFollowUp(
    @Param('id', planId) id: string,
    @Param('followUpId', followUpId) followUp: string,
    @Req() req: FastifyRequest,
  ): Promise<PlanView> {
    return this.plans.removeFollowUp(principalOf(req), id, followUp);
  }
}
