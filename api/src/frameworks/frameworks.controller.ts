import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type {
  CasePackage,
  FrameworkDocument,
  FrameworkImportResult,
  FrameworkSummary,
  FrameworkView,
} from '@lederloeft/contracts';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { FrameworkDocumentDto } from './dto/framework-document.dto';
import { ExportQueryDto, ImportQueryDto } from './dto/framework-query.dto';
import { FrameworksService } from './frameworks.service';

// An id that is not a UUID cannot exist: it is simply not found.
const uuid = existingId('Ledelsesgrundlaget (udgaven) findes ikke.');

@ApiTags('frameworks')
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  @Policy('public')
  @ApiOperation({
    summary: 'All editions of the leadership framework, newest first',
  })
  list(): Promise<FrameworkSummary[]> {
    return this.frameworks.list();
  }

  @Get('current')
  @Policy('public')
  @ApiOperation({ summary: 'The edition in force, with all its content' })
  current(): Promise<FrameworkView> {
    return this.frameworks.current();
  }

  @Get(':id')
  @Policy('public')
  @ApiOperation({ summary: 'One edition with all its content' })
  get(@Param('id', uuid) id: string): Promise<FrameworkView> {
    return this.frameworks.get(id);
  }

  @Get(':id/export')
  @Policy('public')
  @ApiOperation({
    summary:
      'Download an edition as a framework document (json) or a 1EdTech CASE 1.1 package (case)',
  })
  async export(
    @Param('id', uuid) id: string,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FrameworkDocument | CasePackage> {
    const format = query.format ?? 'json';
    const body =
      format === 'case'
        ? await this.frameworks.exportCase(id, query.lang ?? 'da')
        : await this.frameworks.exportDocument(id);
    const name =
      'CFDocument' in body
        ? `${body.CFDocument.identifier}.case.json`
        : `${body.key}.framework.json`;
    void reply.header('content-disposition', `attachment; filename="${name}"`);
    return body;
  }

  @Post('import')
  @Policy('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Load a framework document as a new edition (all or nothing)',
  })
  async import(
    @Body() body: FrameworkDocumentDto,
    @Query() query: ImportQueryDto,
  ): Promise<FrameworkImportResult> {
    return {
      framework: await this.frameworks.import(body, {
        publish: query.publish === 'true',
      }),
    };
  }

  @Put(':id')
  @Policy('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Replace the content of a draft edition (published and retired editions never change: 409)',
  })
  replaceDraft(
    @Param('id', uuid) id: string,
    @Body() body: FrameworkDocumentDto,
  ): Promise<FrameworkSummary> {
    return this.frameworks.replaceDraft(id, body);
  }

  @Post(':id/publish')
  @Policy('admin')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Make a draft edition the one in force; the previous one is retired',
  })
  publish(@Param('id', uuid) id: string): Promise<FrameworkSummary> {
    return this.frameworks.publish(id);
  }

  @Post(':id/drafts')
  @Policy('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Start a new draft edition from this edition (published editions never change)',
  })
  createDraft(@Param('id', uuid) id: string): Promise<FrameworkSummary> {
    return this.frameworks.createDraftFrom(id);
  }
}
