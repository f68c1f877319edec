import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNumber,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { SaveTargetProfilesRequest } from '@lederloeft/contracts';

class TargetDto {
  @ApiProperty({ example: 'foerstelinjeleder' })
  @IsString()
  @MaxLength(50)
  levelKey!: string;

  @ApiProperty({ example: 'handlekraft' })
  @IsString()
  @MaxLength(100)
  competencyKey!: string;

  @ApiProperty({ nullable: true, minimum: 1, maximum: 5, description: 'null removes the target' })
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'Målet skal være et tal med højst én decimal.' })
  @Min(1, { message: 'Målet skal være mindst 1.' })
  @Max(5, { message: 'Målet må højst være 5.' })
  target!: number | null;
}

export class SaveTargetsDto implements SaveTargetProfilesRequest {
  @ApiProperty({ type: [TargetDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TargetDto)
  targets!: TargetDto[];
}
