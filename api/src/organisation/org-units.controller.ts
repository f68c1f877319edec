import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { LeaderLevelView, OrgUnitView } from '@lederloeft/contracts';
import { Policy } from '../common/policy.decorator';
import { LeaderLevelEntity } from './leader-level.entity';
import { OrgUnitEntity } from './org-unit.entity';

/** The organisation's structure: not personal data, so any signed-in person may read it. */
@ApiTags('organisation')
@Controller()
export class OrgUnitsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('org-units')
  @Policy('authenticated')
  @ApiOperation({ summary: 'All org units (a tree via parentId), ordered by path' })
  async orgUnits(): Promise<OrgUnitView[]> {
    const units = await this.dataSource
      .getRepository(OrgUnitEntity)
      .find({ order: { path: 'ASC' } });
    return units.map((u) => ({
      id: u.id,
      name: u.name,
      kind: u.kind,
      parentId: u.parentId,
      externalId: u.externalId,
    }));
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
