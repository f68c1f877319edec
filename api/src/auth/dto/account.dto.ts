import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { CreateAccountRequest, UpdateAccountRequest } from '@lederloeft/contracts';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';

const passwordMessage = `Adgangskoden skal have mindst ${MIN_PASSWORD_LENGTH} tegn.`;

class GrantedRoleDto {
  @ApiProperty({ enum: ['hr', 'director', 'admin'] })
  @IsIn(['hr', 'director', 'admin'])
  role!: 'hr' | 'director' | 'admin';

  @ApiProperty({
    nullable: true,
    description: 'Required for director: the org unit whose subtree they oversee.',
  })
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'scopeOrgUnitId skal være et gyldigt id.' })
  scopeOrgUnitId!: string | null;
}

export class CreateAccountDto implements CreateAccountRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'Navn mangler.' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'leaderId skal være et gyldigt id.' })
  leaderId!: string | null;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: passwordMessage })
  @MaxLength(1000)
  password!: string;

  @ApiProperty({ type: [GrantedRoleDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GrantedRoleDto)
  grantedRoles!: GrantedRoleDto[];
}

export class UpdateAccountDto implements UpdateAccountRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ type: [GrantedRoleDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GrantedRoleDto)
  grantedRoles?: GrantedRoleDto[];

  @ApiPropertyOptional({ minLength: MIN_PASSWORD_LENGTH })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: passwordMessage })
  @MaxLength(1000)
  password?: string;
}
