import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  PLAN_ITEM_KINDS,
  PLAN_ITEM_STATUSES,
  type ApprovePlanRequest,
  type CreateFollowUpRequest,
  type CreatePlanItemRequest,
  type CreatePlanNoteRequest,
  type CreatePlanRequest,
  MAX_ITEMS_ON_CREATE,
  type PlanFields,
  type CreateSmartGoalRequest,
  type PlanItemKind,
  type PlanItemStatus,
  type ReturnPlanRequest,
  type UpdatePlanItemRequest,
  type UpdatePlanRequest,
} from '@lederloeft/contracts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Datoen skal skrives åååå-mm-dd.';
const NUMBER = { message: 'Skal være et tal.' };
const ID = { message: 'Skal være et id.' };

export class PlanFieldsDto implements PlanFields {
  @ApiProperty({ example: 'Min udviklingsplan 2027' })
  @IsString()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: '2027-01-01' })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  periodStart!: string;

  @ApiProperty({ example: '2027-12-31' })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  periodEnd!: string;

  @ApiProperty({ nullable: true, type: Number, example: 25000 })
  @ValidateIf((_, v) => v !== null)
  @IsNumber({}, NUMBER)
  budgetDkk!: number | null;

  @ApiProperty({ nullable: true, type: Number, example: 80 })
  @ValidateIf((_, v) => v !== null)
  @IsNumber({}, NUMBER)
  hours!: number | null;
}

export class UpdatePlanDto extends PartialType(PlanFieldsDto) implements UpdatePlanRequest {
  @ApiProperty({ description: 'The version read; a newer version on the server gives 409.' })
  @IsInt({ message: 'version skal være et helt tal.' })
  @Min(1)
  version!: number;
}

export class ReturnPlanDto implements ReturnPlanRequest {
  @ApiProperty({ example: 'Tilføj et mål for handlekraft.' })
  @IsString()
  @MaxLength(2000)
  comment!: string;
}

export class ApprovePlanDto implements ApprovePlanRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

const keys = () => [
  IsArray(),
  ArrayMaxSize(50),
  IsString({ each: true }),
  MaxLength(150, { each: true }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

export class CreatePlanItemDto implements CreatePlanItemRequest {
  @ApiProperty({ enum: PLAN_ITEM_KINDS })
  @IsIn(PLAN_ITEM_KINDS, { message: 'Skal være offer, on-the-job eller other.' })
  kind!: PlanItemKind;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUUID('4', ID)
  offerId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUUID('4', ID)
  sessionId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'hedekraft.efterlyse-ideer' })
  @IsOptional()
  @IsString()
  @MaxLength(150)
  behaviourKey?: string | null;

  @ApiPropertyOptional({ example: 'Fast punkt på afdelingsmøder: efterlyse idéer' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  text?: string;

  @ApiProperty({ type: [String], example: ['hedekraft'] })
  @apply(keys())
  competencyKeys!: string[];

  @ApiPropertyOptional({ type: [String], example: ['hedekraft.efterlyse-ideer'] })
  @IsOptional()
  @apply(keys())
  behaviourKeys?: string[];

  @ApiPropertyOptional({ example: 0 })
  @IsOptional()
  @IsNumber({}, NUMBER)
  costDkk?: number;

  @ApiPropertyOptional({ example: 6 })
  @IsOptional()
  @IsNumber({}, NUMBER)
  hours?: number;
}

/** A plan with, optionally, its first items (e.g. from a proposal), created all-or-nothing. */
export class CreatePlanDto extends PlanFieldsDto implements CreatePlanRequest {
  @ApiPropertyOptional({ type: [CreatePlanItemDto], maxItems: MAX_ITEMS_ON_CREATE })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS_ON_CREATE, {
    message: `Højst ${MAX_ITEMS_ON_CREATE} aktiviteter ad gangen.`,
  })
  @ValidateNested({ each: true })
  @Type(() => CreatePlanItemDto)
  items?: CreatePlanItemDto[];
}

export class UpdatePlanItemDto implements UpdatePlanItemRequest {
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('4', ID)
  sessionId?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) text?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @apply(keys())
  competencyKeys?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @apply(keys())
  behaviourKeys?: string[];

  @ApiPropertyOptional() @IsOptional() @IsNumber({}, NUMBER) costDkk?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber({}, NUMBER) hours?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Skal være et helt tal.' })
  @Min(1)
  @Max(1000)
  position?: number;

  @ApiPropertyOptional({ enum: PLAN_ITEM_STATUSES })
  @IsOptional()
  @IsIn(PLAN_ITEM_STATUSES, { message: 'Skal være planned eller done.' })
  status?: PlanItemStatus;

  @ApiPropertyOptional({ example: 'Kursusbevis og referat fra teammødet' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  doneEvidence?: string;
}

export class CreateSmartGoalDto implements CreateSmartGoalRequest {
  @ApiProperty({ example: 'hedekraft' }) @IsString() @MaxLength(100) competencyKey!: string;

  @ApiProperty({ example: 'Medarbejderne bringer selv idéer til afdelingsmøderne.' })
  @IsString()
  @MaxLength(2000)
  what!: string;

  @ApiProperty({ example: 'Mindst to nye idéer pr. møde, noteret i referatet.' })
  @IsString()
  @MaxLength(2000)
  measure!: string;

  @ApiProperty({ example: '2027-06-30' })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  byDate!: string;

  @ApiProperty({ type: [String] })
  @apply(keys())
  behaviourKeys!: string[];
}

export class UpdateSmartGoalDto extends PartialType(CreateSmartGoalDto) {}

export class CreateFollowUpDto implements CreateFollowUpRequest {
  @ApiProperty({ example: '2027-04-15' })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  date!: string;

  @ApiProperty({ example: 'Status på kurset og møderne' })
  @IsString()
  @MaxLength(2000)
  note!: string;
}

export class UpdateFollowUpDto extends PartialType(CreateFollowUpDto) {}

export class CreatePlanNoteDto implements CreatePlanNoteRequest {
  @ApiProperty({ description: 'Hvad lærte jeg?' })
  @IsString()
  @MaxLength(4000)
  learned!: string;

  @ApiProperty({ description: 'Hvad gør jeg nu anderledes?' })
  @IsString()
  @MaxLength(4000)
  changed!: string;
}
