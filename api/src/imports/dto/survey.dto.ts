import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

export class SurveyScaleQueryDto {
  @ApiPropertyOptional({
    description: 'The highest score on the survey scale (e.g. 100 for 0-100); default 100.',
  })
  @IsOptional()
  @Matches(/^[1-9]\d{0,3}$/, { message: 'scaleMax skal være et helt tal fra 1 til 9999.' })
  scaleMax?: string;
}

export class SurveyItemMappingDto {
  @ApiProperty({ nullable: true, example: 'handlekraft' })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(100)
  competencyKey!: string | null;
}
