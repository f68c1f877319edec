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
import { OFFER_LANGUAGES, type OfferLanguage } from '@lederloeft/contracts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Datoen skal skrives åååå-mm-dd.';

export class PlanPeriodDto {
  @ApiProperty({ example: '2027-01-01' })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: 'Datoen findes ikke i kalenderen.' })
  from!: string;

  @ApiProperty({ example: '2027-12-31' })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: 'Datoen findes ikke i kalenderen.' })
  to!: string;
}

/** `POST /api/leaders/:id/plan-proposals`: the constraints of the proposal; nothing is saved. */
export class PlanProposalRequestDto {
  @ApiProperty({ example: 25000, description: 'Budget in DKK.' })
  @IsNumber({}, { message: 'Budgettet skal være et tal.' })
  @Min(0, { message: 'Budgettet kan ikke være negativt.' })
  @Max(10_000_000)
  budgetDkk!: number;

  @ApiProperty({ example: 60, description: "Hours of the leader's time." })
  @IsNumber({}, { message: 'Timerne skal være et tal.' })
  @Min(0, { message: 'Timerne kan ikke være negative.' })
  @Max(2000)
  hours!: number;

  @ApiPropertyOptional({ type: PlanPeriodDto, description: 'Default: today and 12 months on.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlanPeriodDto)
  period?: PlanPeriodDto;

  @ApiPropertyOptional({ enum: OFFER_LANGUAGES, isArray: true, default: ['da'] })
  @IsOptional()
  @IsArray()
  @IsIn(OFFER_LANGUAGES, { each: true })
  languages?: OfferLanguage[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Places the leader can go; empty = anywhere.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  locations?: string[];

  @ApiPropertyOptional({ default: 2, description: 'At most this many formal offers.' })
  @IsOptional()
  @IsInt({ message: 'Antal formelle tilbud skal være et helt tal.' })
  @Min(0)
  @Max(10)
  maxFormalOffers?: number;

  @ApiPropertyOptional({ type: [String], description: "Competency keys of the leader's focus." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  personalFocus?: string[];

  @ApiPropertyOptional({
    description: 'The round whose gaps are planned for; the newest when left out.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'roundId skal være et gyldigt id.' })
  roundId?: string;
}
