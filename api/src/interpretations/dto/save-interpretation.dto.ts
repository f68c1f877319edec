import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import type { LocalizedText, SaveLocalInterpretationRequest } from '@lederloeft/contracts';

class InterpretationTextDto implements LocalizedText {
  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  da!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  en!: string;
}

export class SaveInterpretationDto implements SaveLocalInterpretationRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'frameworkId skal være et gyldigt id.' })
  frameworkId!: string;

  @ApiProperty({ type: InterpretationTextDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => InterpretationTextDto)
  text!: InterpretationTextDto;
}

export class FrameworkQueryDto {
  @ApiProperty({ required: false, description: 'The edition; the current one when left out.' })
  @IsUUID('all', { message: 'frameworkId skal være et gyldigt id.' })
  frameworkId!: string;
}
