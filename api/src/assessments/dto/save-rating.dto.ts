import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, ValidateIf } from 'class-validator';
import type { SaveRatingRequest } from '@lederloeft/contracts';

export class SaveRatingDto implements SaveRatingRequest {
  @ApiProperty({ example: 'handlekraft.vilkaars-og-mulighedsrum' })
  @IsString()
  @MaxLength(100)
  behaviourKey!: string;

  @ApiProperty({
    nullable: true,
    description: 'A point of the round\'s scale, or null for "kan ikke vurdere".',
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt({ message: 'Skal være et helt tal på skalaen eller null ("kan ikke vurdere").' })
  rating!: number | null;
}
