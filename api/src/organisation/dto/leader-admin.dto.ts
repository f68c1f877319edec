import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import type {
  CreateLeaderRequest,
  LeaderListQuery,
  UpdateLeaderRequest,
} from '@lederloeft/contracts';

const idMessage = (field: string) => ({ message: `${field} skal være et gyldigt id.` });
const booleanMessage = { message: 'Skal være true eller false.' };
/** A field that may be left out of a PATCH, but not sent as null. */
const present = ValidateIf((_, value) => value !== undefined);

export class LeaderListQueryDto implements LeaderListQuery {
  @ApiPropertyOptional({ description: 'Part of the name, e-mail or title (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description: 'An org unit: its leaders and those of every unit under it.',
  })
  @IsOptional()
  @IsUUID('all', idMessage('unitId'))
  unitId?: string;

  @ApiPropertyOptional({ example: 'foerstelinjeleder' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  levelKey?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';

  @ApiPropertyOptional({ description: '1-based page number; default 1.' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,5}$/, { message: 'page skal være et helt tal fra 1.' })
  page?: string;

  @ApiPropertyOptional({ description: 'Leaders per page, 1-100; default 25.' })
  @IsOptional()
  @Matches(/^([1-9]\d?|100)$/, { message: 'pageSize skal være et helt tal fra 1 til 100.' })
  pageSize?: string;
}

export class CreateLeaderDto implements CreateLeaderRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ maxLength: 254, description: 'Unique; stored lower-case.' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: 'foerstelinjeleder', description: 'A key of GET /api/leader-levels.' })
  @IsString()
  @MaxLength(50)
  levelKey!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', idMessage('orgUnitId'))
  orgUnitId!: string;

  @ApiProperty({ format: 'uuid', nullable: true, description: 'The nearest manager (a leader).' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', idMessage('managerId'))
  managerId!: string | null;

  @ApiProperty({ nullable: true, maxLength: 100, description: "The HR system's employee id." })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(100)
  employeeId!: string | null;

  @ApiProperty({ nullable: true, example: '2024-08-01', description: 'ISO date (YYYY-MM-DD).' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(10)
  startDate!: string | null;

  @ApiProperty()
  @IsBoolean(booleanMessage)
  active!: boolean;
}

export class UpdateLeaderDto implements UpdateLeaderRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @present
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 254 })
  @present
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @present
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ example: 'foerstelinjeleder' })
  @present
  @IsString()
  @MaxLength(50)
  levelKey?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @present
  @IsUUID('all', idMessage('orgUnitId'))
  orgUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', idMessage('managerId'))
  managerId?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  employeeId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2024-08-01' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  startDate?: string | null;

  @ApiPropertyOptional({
    description: 'false is refused (409) while the leader has active direct reports.',
  })
  @present
  @IsBoolean(booleanMessage)
  active?: boolean;
}
