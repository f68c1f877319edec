import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { UpdatePersonalFoundationRequest } from '@lederloeft/contracts';

export const PERSONAL_FOUNDATION_MAX = 5000;

export class UpdatePersonalFoundationDto implements UpdatePersonalFoundationRequest {
  @ApiProperty({
    maxLength: PERSONAL_FOUNDATION_MAX,
    description: 'Plain text; blank lines separate paragraphs.',
  })
  @IsString()
  @MaxLength(PERSONAL_FOUNDATION_MAX)
  text!: string;
}
