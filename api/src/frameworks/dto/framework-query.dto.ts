import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  FRAMEWORK_EXPORT_FORMATS,
  type FrameworkExportFormat,
  type Language,
} from '@lederloeft/contracts';

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: FRAMEWORK_EXPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(FRAMEWORK_EXPORT_FORMATS, {
    message: 'format skal være "json" eller "case"',
  })
  format?: FrameworkExportFormat;

  @ApiPropertyOptional({
    enum: ['da', 'en'],
    default: 'da',
    description: 'Language of CASE statements.',
  })
  @IsOptional()
  @IsIn(['da', 'en'], { message: 'lang skal være "da" eller "en"' })
  lang?: Language;
}

export class ImportQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'Publish the imported edition at once, retiring the current one.',
  })
  @IsOptional()
  @IsIn(['true', 'false'], {
    message: 'publish skal være "true" eller "false"',
  })
  publish?: 'true' | 'false';
}
