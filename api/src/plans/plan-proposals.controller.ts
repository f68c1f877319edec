import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { PlanProposal } from '@lederloeft/planner';
import { principalOf } from '../auth/principal-of';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { PlanProposalRequestDto } from './dto/plan-proposal.dto';
import { PlanProposalsService } from './plan-proposals.service';
import { RateLimit } from '../common/rate-limits/rate-limit';

const leaderId = existingId('Lederen findes ikke.');

@ApiTags('plans')
@Controller()
export class PlanProposalsController {
  constructor(private readonly proposals: PlanProposalsService) {}

  @Post('leaders/:id/plan-proposals')
  @RateLimit('proposals')
  @Policy('authenticated')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'An optimal, explained plan proposal for the leader (HiGHS MIP); nothing is saved. The leader and the managers above.',
  })
  propose(
    @Param('id', leaderId) id: string,
    @Body() body: PlanProposalRequestDto,
    @Req() request: FastifyRequest,
  ): Promise<PlanProposal> {
    return this.proposals.propose(principalOf(request), id, body);
  }
}
