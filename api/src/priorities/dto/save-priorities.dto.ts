import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { SavePrioritiesRequest } from '@lederloeft/contracts';

class PriorityWeightDto {
  @ApiProperty({ example: 'hedekraft' })
  @IsString({ message: 'Angiv kompetencens nøgle.' })
  @MaxLength(100, { message: 'Kompetencens nøgle er for lang.' })
  competencyKey!: string;

  @ApiProperty({ example: 2, description: '0.5 to 3 in steps of 0.5; 1 is "as the others".' })
  @IsNumber({}, { message: 'Vægten skal være et tal.' })
  weight!: number;
}

export class SavePrioritiesDto implements SavePrioritiesRequest {
  @ApiProperty({ type: [PriorityWeightDto] })
  @IsArray({ message: 'Angiv vægtene som en liste.' })
  @ArrayMaxSize(50, { message: 'For mange vægte.' })
  @ValidateNested({ each: true })
  @Type(() => PriorityWeightDto)
  weights!: PriorityWeightDto[];

  @ApiProperty({ required: false, nullable: true, description: 'Why the unit weighs as it does.' })
  @IsOptional()
  @IsString({ message: 'Begrundelsen skal være tekst.' })
  note?: string | null;
}
