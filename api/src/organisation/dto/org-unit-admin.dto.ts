import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import {
  type CreateOrgUnitRequest,
  ORG_UNIT_KINDS,
  type OrgUnitKind,
  type UpdateOrgUnitRequest,
} from '@lederloeft/contracts';

const parentMessage = { message: 'parentId skal være et gyldigt id.' };

export class CreateOrgUnitDto implements CreateOrgUnitRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ORG_UNIT_KINDS, description: 'Exactly one level below the parent.' })
  @IsIn([...ORG_UNIT_KINDS])
  kind!: OrgUnitKind;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    description: 'Null only for the kommune at the top.',
  })
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', parentMessage)
  parentId!: string | null;

  @ApiProperty({ nullable: true, maxLength: 100, description: 'Enhed-ID in the HR system.' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(100)
  externalId!: string | null;
}

export class UpdateOrgUnitDto implements UpdateOrgUnitRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf((_, value) => value !== undefined)
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  externalId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Move under this parent; the subtree moves along.',
  })
  @ValidateIf((_, value) => value !== undefined)
  @IsUUID('all', parentMessage)
  parentId?: string;
}
