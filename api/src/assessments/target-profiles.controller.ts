import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TargetProfilesView } from '@lederloeft/contracts';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { SaveTargetsDto } from './dto/save-targets.dto';
import { TargetProfilesService } from './target-profiles.service';

const uuid = existingId('Ledelsesgrundlaget (udgaven) findes ikke.');

@ApiTags('target profiles')
@Controller('target-profiles')
export class TargetProfilesController {
  constructor(private readonly targets: TargetProfilesService) {}

  @Get()
  @Policy('authenticated')
  @ApiOperation({
    summary: 'Target level per competency and leader level (current edition unless ?frameworkId=)',
  })
  get(@Query('frameworkId') frameworkId: unknown): Promise<TargetProfilesView> {
    return this.targets.get(
      typeof frameworkId === 'string' && frameworkId ? frameworkId : undefined,
    );
  }

  @Put(':frameworkId')
  @Policy('admin')
  @ApiOperation({
    summary: 'Set or remove targets of an edition (admin); retired editions refuse with 409',
  })
  save(
    @Param('frameworkId', uuid) frameworkId: string,
    @Body() body: SaveTargetsDto,
  ): Promise<TargetProfilesView> {
    return this.targets.save(frameworkId, body);
  }
}
