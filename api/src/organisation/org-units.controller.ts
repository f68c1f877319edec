import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { LeaderLevelView, OrgUnitView } from '@lederloeft/contracts';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { CreateOrgUnitDto, UpdateOrgUnitDto } from './dto/org-unit-admin.dto';
import { LeaderLevelEntity } from './leader-level.entity';
import { OrgUnitEntity } from './org-unit.entity';
import { OrgUnitsAdminService, toOrgUnitView } from './org-units-admin.service';

const unitId = existingId('Enheden findes ikke.');

/** The organisation's structure: not personal data, so any signed-in person may read it. */
@ApiTags('organisation')
@Controller()
export class OrgUnitsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly admin: OrgUnitsAdminService,
  ) {}

  @Get('org-units')
  @Policy('authenticated')
  @ApiOperation({ summary: 'All org units (a tree via parentId), ordered by path' })
  async orgUnits(): Promise<OrgUnitView[]> {
    const units = await this.dataSource
      .getRepository(OrgUnitEntity)
      .find({ order: { path: 'ASC' } });
    return units.map(toOrgUnitView);
  }

  @Post('org-units')
  @Policy('admin')
  @ApiOperation({
    summary:
      'Create an org unit exactly one level below its parent (kommune → fagområde → afdeling → enhed)',
  })
  create(@Body() body: CreateOrgUnitDto): Promise<OrgUnitView> {
    return this.admin.create(body);
  }

  @Patch('org-units/:id')
  @Policy('admin')
  @ApiOperation({
    summary:
      'Rename an org unit, set its Enhed-ID, or move it (with its subtree) under another parent one level above it',
  })
  update(@Param('id', unitId) id: string, @Body() body: UpdateOrgUnitDto): Promise<OrgUnitView> {
    return this.admin.update(id, body);
  }

  @Get('leader-levels')
  @Policy('authenticated')
  @ApiOperation({ summary: 'The leader levels, from the top' })
  async levels(): Promise<LeaderLevelView[]> {
    const levels = await this.dataSource
      .getRepository(LeaderLevelEntity)
      .find({ order: { rank: 'ASC' } });
    return levels.map((l) => ({ key: l.key, name: { da: l.nameDa, en: l.nameEn }, rank: l.rank }));
  }
}
