import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { LocalInterpretationView } from '@lederloeft/contracts';
import { principalOf } from '../auth/principal-of';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { FrameworkQueryDto, SaveInterpretationDto } from './dto/save-interpretation.dto';
import { InterpretationsService } from './interpretations.service';

const uuid = existingId('Findes ikke.');
const optionalFramework = (value: unknown) =>
  typeof value === 'string' && value !== '' ? value : undefined;

@ApiTags('local interpretations')
@Controller()
export class InterpretationsController {
  constructor(private readonly interpretations: InterpretationsService) {}

  @Get('org-units/:id/interpretations')
  @Policy('authenticated')
  @ApiOperation({ summary: "An org unit's interpretations (current edition unless ?frameworkId=)" })
  forUnit(
    @Param('id', uuid) id: string,
    @Query('frameworkId') frameworkId: unknown,
  ): Promise<LocalInterpretationView[]> {
    return this.interpretations.forUnit(id, optionalFramework(frameworkId));
  }

  @Put('org-units/:id/interpretations/:elementKey')
  @Policy('admin', 'director')
  @ApiOperation({
    summary:
      "Write the unit's interpretation of a competency or behaviour (admin, director over the unit)",
  })
  save(
    @Param('id', uuid) id: string,
    @Param('elementKey') elementKey: string,
    @Body() body: SaveInterpretationDto,
    @Req() request: FastifyRequest,
  ): Promise<LocalInterpretationView> {
    return this.interpretations.save(
      principalOf(request),
      id,
      elementKey,
      body.frameworkId,
      body.text,
    );
  }

  @Delete('org-units/:id/interpretations/:elementKey')
  @Policy('admin', 'director')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove the unit's interpretation" })
  async remove(
    @Param('id', uuid) id: string,
    @Param('elementKey') elementKey: string,
    @Query() query: FrameworkQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.interpretations.remove(principalOf(request), id, elementKey, query.frameworkId);
  }

  @Get('leaders/:id/interpretations')
  @Policy('authenticated')
  @ApiOperation({
    summary: "The interpretations that apply to a leader: their unit's and those above, top first",
  })
  forLeader(
    @Param('id', uuid) id: string,
    @Query('frameworkId') frameworkId: unknown,
    @Req() request: FastifyRequest,
  ): Promise<LocalInterpretationView[]> {
    return this.interpretations.forLeader(principalOf(request), id, optionalFramework(frameworkId));
  }
}
