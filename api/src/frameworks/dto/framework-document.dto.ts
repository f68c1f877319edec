import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmptyObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  BEHAVIOUR_GROUPS,
  FRAMEWORK_DOCUMENT_SCHEMA,
  VALUE_KINDS,
  type BehaviourDocument,
  type BehaviourGroup,
  type CompetencyDocument,
  type DogmaDocument,
  type FrameworkDocument,
  type FrameworkValueDocument,
  type LocalizedText,
  type ValueKind,
} from '@lederloeft/contracts';

// Shape only: required fields, types, sizes. Rules across fields (unique keys, key
// format, non-blank texts) live in libs/domain validateFrameworkDocument.
const KEY_MAX = 100;
const SHORT_TEXT_MAX = 300;
const LONG_TEXT_MAX = 10_000;

class ShortTextDto implements LocalizedText {
  @ApiProperty({ example: 'Ledelse med handlekraft' })
  @IsString()
  @MaxLength(SHORT_TEXT_MAX)
  da!: string;

  @ApiProperty({ example: 'Leadership with drive' })
  @IsString()
  @MaxLength(SHORT_TEXT_MAX)
  en!: string;
}

class LongTextDto implements LocalizedText {
  @ApiProperty()
  @IsString()
  @MaxLength(LONG_TEXT_MAX)
  da!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(LONG_TEXT_MAX)
  en!: string;
}

/** Decorators for a required nested LocalizedText field. */
function nested(type: () => new () => object) {
  return function (target: object, property: string) {
    IsDefined()(target, property);
    IsNotEmptyObject()(target, property);
    ValidateNested()(target, property);
    Type(type)(target, property);
  };
}

/** Decorators for a required array of nested objects. */
function nestedArray(type: () => new () => object, max: number) {
  return function (target: object, property: string) {
    IsArray()(target, property);
    ArrayMaxSize(max)(target, property);
    ValidateNested({ each: true })(target, property);
    Type(type)(target, property);
  };
}

class DogmaDto implements DogmaDocument {
  @ApiProperty({ example: 'borgerne-i-centrum.myndighed-med-servicegen' })
  @IsString()
  @MaxLength(KEY_MAX)
  key!: string;

  @ApiProperty({ type: LongTextDto })
  @nested(() => LongTextDto)
  text!: LongTextDto;
}

class BehaviourDto implements BehaviourDocument {
  @ApiProperty({ example: 'handlekraft.vilkaars-og-mulighedsrum' })
  @IsString()
  @MaxLength(KEY_MAX)
  key!: string;

  @ApiProperty({ enum: BEHAVIOUR_GROUPS })
  @IsIn(BEHAVIOUR_GROUPS)
  group!: BehaviourGroup;

  @ApiProperty({ type: LongTextDto })
  @nested(() => LongTextDto)
  text!: LongTextDto;
}

class CompetencyDto implements CompetencyDocument {
  @ApiProperty({ example: 'handlekraft' })
  @IsString()
  @MaxLength(KEY_MAX)
  key!: string;

  @ApiProperty({ type: ShortTextDto })
  @nested(() => ShortTextDto)
  title!: ShortTextDto;

  @ApiProperty({ type: LongTextDto })
  @nested(() => LongTextDto)
  summary!: LongTextDto;

  @ApiProperty({ type: LongTextDto })
  @nested(() => LongTextDto)
  description!: LongTextDto;

  @ApiProperty({
    type: LongTextDto,
    description: 'The "Fordi" sentence, without the prefix.',
  })
  @nested(() => LongTextDto)
  because!: LongTextDto;

  @ApiProperty({ type: LongTextDto })
  @nested(() => LongTextDto)
  frameIntro!: LongTextDto;

  @ApiProperty({ type: LongTextDto })
  @nested(() => LongTextDto)
  personalIntro!: LongTextDto;

  @ApiProperty({ type: [BehaviourDto] })
  @nestedArray(() => BehaviourDto, 200)
  behaviours!: BehaviourDto[];

  @ApiProperty({ type: [DogmaDto] })
  @nestedArray(() => DogmaDto, 50)
  dogmas!: DogmaDto[];
}

class FrameworkValueDto implements FrameworkValueDocument {
  @ApiProperty({ example: 'dialog' })
  @IsString()
  @MaxLength(KEY_MAX)
  key!: string;

  @ApiProperty({ enum: VALUE_KINDS })
  @IsIn(VALUE_KINDS)
  kind!: ValueKind;

  @ApiProperty({ type: ShortTextDto })
  @nested(() => ShortTextDto)
  name!: ShortTextDto;

  @ApiProperty({ type: LongTextDto })
  @nested(() => LongTextDto)
  description!: LongTextDto;
}

/** Body of `POST /api/frameworks/import`: the document format of docs/framework-format.md. */
export class FrameworkDocumentDto implements FrameworkDocument {
  @ApiProperty({ enum: [FRAMEWORK_DOCUMENT_SCHEMA] })
  @IsIn([FRAMEWORK_DOCUMENT_SCHEMA], {
    message: `schema must be "${FRAMEWORK_DOCUMENT_SCHEMA}"`,
  })
  schema!: typeof FRAMEWORK_DOCUMENT_SCHEMA;

  @ApiProperty({ example: 'ikast-brande-ledelsesgrundlag' })
  @IsString()
  @MaxLength(KEY_MAX)
  key!: string;

  @ApiProperty({ type: ShortTextDto })
  @nested(() => ShortTextDto)
  name!: ShortTextDto;

  @ApiProperty({ example: 'Ikast-Brande Kommune' })
  @IsString()
  @MaxLength(200)
  owner!: string;

  @ApiPropertyOptional({ example: '2026' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  editionLabel?: string;

  @ApiProperty({ type: [LongTextDto] })
  @nestedArray(() => LongTextDto, 50)
  purpose!: LongTextDto[];

  @ApiProperty({ type: [LongTextDto] })
  @nestedArray(() => LongTextDto, 50)
  foundation!: LongTextDto[];

  @ApiProperty({ type: [LongTextDto] })
  @nestedArray(() => LongTextDto, 50)
  competenciesIntro!: LongTextDto[];

  @ApiProperty({ type: [FrameworkValueDto] })
  @nestedArray(() => FrameworkValueDto, 50)
  values!: FrameworkValueDto[];

  @ApiProperty({ type: [CompetencyDto] })
  @nestedArray(() => CompetencyDto, 50)
  competencies!: CompetencyDto[];

  @ApiProperty({ type: [DogmaDto] })
  @nestedArray(() => DogmaDto, 50)
  dogmas!: DogmaDto[];
}
