import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  OFFER_FORMATS,
  OFFER_KINDS,
  OFFER_LANGUAGES,
  OFFER_SORTS,
  OFFER_STATUSES,
  type CreateOfferRequest,
  type CreateOfferSessionRequest,
  type EffectStrength,
  type OfferEffect,
  type OfferFormat,
  type OfferKind,
  type OfferLanguage,
  type OfferSearchQuery,
  type OfferSort,
  type OfferStatus,
  type UpdateOfferRequest,
} from '@lederloeft/contracts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Datoen skal skrives åååå-mm-dd.';
const NUMBER = { message: 'Skal være et tal.' };

export class OfferEffectDto implements OfferEffect {
  @ApiProperty({ example: 'hedekraft' })
  @IsString()
  @MaxLength(100)
  competencyKey!: string;

  @ApiProperty({ enum: ['some', 'strong'] })
  @IsIn(['some', 'strong'], { message: 'Styrken skal være some (noget) eller strong (stærk).' })
  strength!: Exclude<EffectStrength, 'none'>;

  @ApiProperty({ type: [String], example: ['hedekraft.efterlyse-ideer'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  behaviourKeys!: string[];
}

export class CreateOfferDto implements CreateOfferRequest {
  @ApiProperty({ example: 'DIL-PL' }) @IsString() @MaxLength(40) code!: string;
  @ApiProperty({ enum: OFFER_KINDS }) @IsIn(OFFER_KINDS) kind!: OfferKind;
  @ApiProperty() @IsString() @MaxLength(200) title!: string;
  @ApiProperty() @IsString() @MaxLength(200) provider!: string;
  @ApiProperty() @IsString() @MaxLength(5000) description!: string;
  @ApiProperty({ enum: OFFER_FORMATS }) @IsIn(OFFER_FORMATS) format!: OfferFormat;
  @ApiProperty({ enum: OFFER_LANGUAGES }) @IsIn(OFFER_LANGUAGES) language!: OfferLanguage;

  @ApiProperty({ nullable: true, type: String })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  location!: string | null;

  @ApiProperty({ example: 7.5 }) @IsNumber({}, NUMBER) hours!: number;
  @ApiProperty({ example: 12500 }) @IsNumber({}, NUMBER) priceDkk!: number;
  @ApiProperty() @IsBoolean() priceIncludesVat!: boolean;
  @ApiProperty() @IsBoolean() priceIsIndicative!: boolean;

  @ApiProperty({ nullable: true, type: Number })
  @ValidateIf((_, v) => v !== null)
  @IsNumber({}, NUMBER)
  ects!: number | null;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  targetLevels!: string[];

  @ApiProperty() @IsString() @MaxLength(2000) prerequisites!: string;
  @ApiProperty() @IsBoolean() onDemand!: boolean;
  @ApiProperty() @IsString() @MaxLength(200) contactName!: string;
  @ApiProperty() @IsString() @MaxLength(254) contactEmail!: string;

  @ApiProperty({ type: [OfferEffectDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OfferEffectDto)
  effects!: OfferEffectDto[];

  @ApiPropertyOptional({ enum: OFFER_STATUSES, default: 'draft' })
  @IsOptional()
  @IsIn(OFFER_STATUSES)
  status?: OfferStatus;
}

export class UpdateOfferDto extends PartialType(CreateOfferDto) implements UpdateOfferRequest {
  @ApiProperty({ description: 'The version read; a newer version on the server gives 409.' })
  @IsInt({ message: 'version skal være et helt tal.' })
  @Min(1)
  version!: number;
}

export class CreateSessionDto implements CreateOfferSessionRequest {
  @ApiProperty({ example: '2027-03-01' })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  startDate!: string;
  @ApiProperty({ example: '2027-03-03' })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  endDate!: string;
  @ApiProperty({ example: 'Ikast Rådhus' }) @IsString() @MaxLength(200) place!: string;
  @ApiProperty({ example: 24 }) @IsInt({ message: 'Skal være et helt tal.' }) capacity!: number;

  @ApiProperty({ example: '2027-02-01' })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  registrationDeadline!: string;

  @ApiProperty({ example: 0 }) @IsInt({ message: 'Skal være et helt tal.' }) seatsTaken!: number;
  @ApiProperty({ example: 0 }) @IsInt({ message: 'Skal være et helt tal.' }) waitingList!: number;
}

export class UpdateSessionDto extends PartialType(CreateSessionDto) {}

const toNumber = ({ value }: { value: unknown }) =>
  value === '' || value === undefined ? undefined : Number(value);

export class OfferSearchQueryDto implements OfferSearchQuery {
  @ApiPropertyOptional({ description: 'Free text; every word must match.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) competency?: string;

  @ApiPropertyOptional({ enum: ['some', 'strong'] })
  @IsOptional()
  @IsIn(['some', 'strong'])
  strength?: Exclude<EffectStrength, 'none'>;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(150) behaviour?: string;
  @ApiPropertyOptional({ enum: OFFER_KINDS }) @IsOptional() @IsIn(OFFER_KINDS) kind?: OfferKind;

  @ApiPropertyOptional({ enum: OFFER_FORMATS })
  @IsOptional()
  @IsIn(OFFER_FORMATS)
  format?: OfferFormat;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) level?: string;

  @ApiPropertyOptional({ enum: OFFER_LANGUAGES })
  @IsOptional()
  @IsIn(OFFER_LANGUAGES)
  language?: OfferLanguage;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'priceMin skal være et tal.' })
  @Min(0)
  priceMin?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'priceMax skal være et tal.' })
  @Min(0)
  priceMax?: number;

  @ApiPropertyOptional({ example: '2027-01-01' })
  @IsOptional()
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  to?: string;

  @ApiPropertyOptional({ enum: OFFER_STATUSES })
  @IsOptional()
  @IsIn(OFFER_STATUSES)
  status?: OfferStatus;

  @ApiPropertyOptional({ enum: OFFER_SORTS }) @IsOptional() @IsIn(OFFER_SORTS) sort?: OfferSort;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'page skal være et helt tal.' })
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'pageSize skal være et helt tal.' })
  @Min(1)
  @Max(100, { message: 'pageSize må højst være 100.' })
  pageSize?: number;
}

export class SheetFormatQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: 'format skal være xlsx eller csv.' })
  format?: 'xlsx' | 'csv';
}

/** The export's own parameter is `file` (`format` is the offers' format filter). */
export class OfferExportQueryDto extends OfferSearchQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: 'file skal være xlsx eller csv.' })
  file?: 'xlsx' | 'csv';
}

export class OfferImportQueryDto {
  @ApiPropertyOptional({ description: 'true: the preview and errors, nothing written.' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun skal være true eller false.' })
  dryRun?: 'true' | 'false';
}
