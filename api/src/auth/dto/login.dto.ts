import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { ChangePasswordRequest, LoginRequest } from '@lederloeft/contracts';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'anne.soerensen@ikast-brande.dk' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1000)
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(1000)
  currentPassword!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, {
    message: `Den nye adgangskode skal have mindst ${MIN_PASSWORD_LENGTH} tegn.`,
  })
  @MaxLength(1000)
  newPassword!: string;
}
