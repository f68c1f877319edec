import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class GapProfileQueryDto {
  @ApiPropertyOptional({ description: 'The round; the newest when left out.' })
  @IsOptional()
  @IsUUID('all', { message: 'roundId skal være et gyldigt id.' })
  roundId?: string;
}
