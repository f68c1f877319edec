import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
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
import {
  ASSESSMENT_SOURCES,
  type AssessmentSource,
  type CreateAssessmentRoundRequest,
  type UpdateAssessmentRoundRequest,
} from '@lederloeft/contracts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The service trims the name: one that is only spaces would be stored empty. */
const NOT_BLANK = /\S/;

class WeightsDto implements Record<AssessmentSource, number> {
  @ApiProperty() @IsNumber() @Min(0) @Max(10) self!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(10) manager!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(10) employees!: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(10) survey!: number;
}

export class CreateRoundDto implements CreateAssessmentRoundRequest {
  @ApiProperty({ example: 'Lederevaluering 2027' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'Navn mangler.' })
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'frameworkId skal være et gyldigt id.' })
  frameworkId?: string;

  @ApiProperty({ example: '2027-09-01' })
  @Matches(ISO_DATE, { message: 'Datoen skal skrives åååå-mm-dd.' })
  periodStart!: string;

  @ApiProperty({ example: '2027-12-17' })
  @Matches(ISO_DATE, { message: 'Datoen skal skrives åååå-mm-dd.' })
  periodEnd!: string;

  @ApiProperty({ enum: ASSESSMENT_SOURCES, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'Vælg mindst én kilde.' })
  @IsIn(ASSESSMENT_SOURCES, { each: true })
  sources!: AssessmentSource[];

  @ApiPropertyOptional({ default: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  minRespondents?: number;

  @ApiPropertyOptional({ type: WeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WeightsDto)
  weights?: WeightsDto;
}

export class UpdateRoundDto implements UpdateAssessmentRoundRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'Navn mangler.' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ISO_DATE, { message: 'Datoen skal skrives åååå-mm-dd.' })
  periodEnd?: string;

  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(50) minRespondents?: number;

  @ApiPropertyOptional({ type: WeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WeightsDto)
  weights?: WeightsDto;
}
