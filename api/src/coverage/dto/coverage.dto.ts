import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type {
  CoverageQuery,
  CoverageScenarioRequest,
  SaveCoverageTargetRequest,
} from '@lederloeft/contracts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Datoen skal skrives åååå-mm-dd.';
const REAL_DATE = 'Datoen findes ikke i kalenderen.';

/** `GET /api/coverage`: the unit, the round and (for a download) the file type. */
export class CoverageQueryDto implements CoverageQuery {
  @ApiPropertyOptional({ description: "The unit; default the caller's first." })
  @IsOptional()
  @IsUUID('all', { message: 'orgUnitId skal være et gyldigt id.' })
  orgUnitId?: string;

  @ApiPropertyOptional({ description: 'The round; default the newest.' })
  @IsOptional()
  @IsUUID('all', { message: 'roundId skal være et gyldigt id.' })
  roundId?: string;

  @ApiPropertyOptional({ enum: ['xlsx', 'pdf'], description: 'Download instead of JSON.' })
  @IsOptional()
  @IsIn(['xlsx', 'pdf'], { message: 'file skal være xlsx eller pdf.' })
  file?: 'xlsx' | 'pdf';
}

export class CoverageTrendQueryDto {
  @ApiPropertyOptional({ description: "The unit; default the caller's first." })
  @IsOptional()
  @IsUUID('all', { message: 'orgUnitId skal være et gyldigt id.' })
  orgUnitId?: string;
}

export class CoverageDemandQueryDto {
  @ApiPropertyOptional({ description: 'The round; default the newest.' })
  @IsOptional()
  @IsUUID('all', { message: 'roundId skal være et gyldigt id.' })
  roundId?: string;
}

export class SaveCoverageTargetDto implements SaveCoverageTargetRequest {
  @ApiProperty({ example: 80, description: 'Whole percent of assessed leaders meeting target.' })
  @IsInt({ message: 'Målet skal være et helt antal procent.' })
  targetPercent!: number;

  /** Shape here; a real calendar date and the window in libs/domain. */
  @ApiProperty({ example: '2027-12-31' })
  @IsString({ message: DATE_MESSAGE })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  dueDate!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString({ message: 'Noten skal være tekst.' })
  note?: string | null;
}

class ExtraSeatsDto {
  @ApiProperty()
  @IsUUID('all', { message: 'sessionId skal være et gyldigt id.' })
  sessionId!: string;

  @ApiProperty({ example: 5 })
  @IsInt({ message: 'Antal ekstra pladser skal være et helt tal.' })
  @Min(1, { message: 'Mindst 1 ekstra plads.' })
  @Max(500, { message: 'Højst 500 ekstra pladser på et forløb.' })
  seats!: number;
}

class NewSessionDto {
  @ApiProperty()
  @IsUUID('all', { message: 'offerId skal være et gyldigt id.' })
  offerId!: string;

  @ApiProperty({ example: '2027-03-01' })
  @IsString({ message: DATE_MESSAGE })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: REAL_DATE })
  startDate!: string;

  @ApiProperty({ example: '2027-03-02' })
  @IsString({ message: DATE_MESSAGE })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: REAL_DATE })
  endDate!: string;

  @ApiProperty({ example: 20 })
  @IsInt({ message: 'Antal pladser skal være et helt tal.' })
  @Min(1, { message: 'Et forløb skal have mindst 1 plads.' })
  @Max(500, { message: 'Højst 500 pladser på et forløb.' })
  capacity!: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString({ message: 'Stedet skal være tekst.' })
  @MaxLength(200)
  place?: string | null;
}

class ScenarioWeightDto {
  @ApiProperty({ example: 'hedekraft' })
  @IsString({ message: 'Angiv kompetencens nøgle.' })
  @MaxLength(100, { message: 'Kompetencens nøgle er for lang.' })
  competencyKey!: string;

  @ApiProperty({ example: 2, description: '0.5 to 3 in steps of 0.5.' })
  @IsNumber({}, { message: 'Vægten skal være et tal.' })
  weight!: number;
}

/** `POST /api/coverage/scenarios`: what if; nothing is saved. */
export class CoverageScenarioDto implements CoverageScenarioRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'orgUnitId skal være et gyldigt id.' })
  orgUnitId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'roundId skal være et gyldigt id.' })
  roundId?: string;

  @ApiPropertyOptional({ enum: ['without-plan', 'all-with-gap'], default: 'without-plan' })
  @IsOptional()
  @IsIn(['without-plan', 'all-with-gap'], {
    message: 'leaders skal være without-plan eller all-with-gap.',
  })
  leaders?: 'without-plan' | 'all-with-gap';

  @ApiProperty({ example: 20000, description: "Budget (DKK) of each re-planned leader's plan." })
  @IsNumber({}, { message: 'Budgettet skal være et tal.' })
  @Min(0, { message: 'Budgettet kan ikke være negativt.' })
  @Max(10_000_000, { message: 'Budgettet er for stort.' })
  budgetDkk!: number;

  @ApiProperty({ example: 40, description: "Hours of each re-planned leader's time." })
  @IsNumber({}, { message: 'Timerne skal være et tal.' })
  @Min(0, { message: 'Timerne kan ikke være negative.' })
  @Max(2000, { message: 'Højst 2.000 timer.' })
  hours!: number;

  @ApiPropertyOptional({ type: [ExtraSeatsDto] })
  @IsOptional()
  @IsArray({ message: 'Angiv de ekstra pladser som en liste.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ExtraSeatsDto)
  extraSeats?: ExtraSeatsDto[];

  @ApiPropertyOptional({ type: [NewSessionDto] })
  @IsOptional()
  @IsArray({ message: 'Angiv de nye forløb som en liste.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => NewSessionDto)
  newSessions?: NewSessionDto[];

  @ApiPropertyOptional({ type: [ScenarioWeightDto] })
  @IsOptional()
  @IsArray({ message: 'Angiv vægtene som en liste.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ScenarioWeightDto)
  weights?: ScenarioWeightDto[];
}
