import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {
  CatalogueCoverage,
  OfferImportResult,
  OfferSearchResult,
  OfferSessionView,
  OfferView,
} from '@lederloeft/contracts';
import { DomainError } from '@lederloeft/domain';
import { principalOf } from '../auth/principal-of';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import {
  CreateOfferDto,
  CreateSessionDto,
  OfferExportQueryDto,
  OfferImportQueryDto,
  OfferSearchQueryDto,
  SheetFormatQueryDto,
  UpdateOfferDto,
  UpdateSessionDto,
} from './dto/offer.dto';
import { todayInDenmark } from './local-date';
import { fileFromMultipart } from './multipart';
import { OfferImportService, XLSX_TYPE, type SheetFormat } from './offer-import.service';
import { OfferSearchService } from './offer-search.service';
import { OffersService } from './offers.service';
import { RateLimit } from '../common/rate-limits/rate-limit';

const offerId = existingId('Tilbuddet findes ikke.');
const sessionId = existingId('Forløbet findes ikke.');

async function sendSheet(reply: FastifyReply, body: Buffer, format: SheetFormat, name: string) {
  const filename = `${name}-${todayInDenmark()}.${format}`;
  return reply
    .header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .header('Cache-Control', 'no-store')
    .send(body);
}

@ApiTags('catalogue')
@Controller('offers')
export class OffersController {
  constructor(
    private readonly offers: OffersService,
    private readonly searchService: OfferSearchService,
    private readonly sheets: OfferImportService,
  ) {}

  @Get()
  @Policy('authenticated')
  @ApiOperation({
    summary: 'Search the catalogue (published offers; HR and admin see every status)',
  })
  search(
    @Query() query: OfferSearchQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<OfferSearchResult> {
    return this.searchService.search(principalOf(request), query);
  }

  @Get('locations')
  @Policy('authenticated')
  @ApiOperation({
    summary: "The places of published offers (for the plan proposal's location choice)",
  })
  locations(): Promise<string[]> {
    return this.searchService.locations();
  }

  @Get('coverage')
  @Policy('hr', 'admin', 'director')
  @ApiOperation({ summary: 'How well the published catalogue covers the framework' })
  coverage(): Promise<CatalogueCoverage> {
    return this.searchService.coverage();
  }

  @Get('export')
  @Policy('hr', 'admin')
  @ApiOperation({
    summary: 'The catalogue (or the filtered part) as XLSX or CSV; re-imports unchanged',
  })
  async export(
    @Query() query: OfferExportQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { file = 'xlsx', ...filters } = query;
    const body = await this.sheets.export(principalOf(request), filters, file);
    return sendSheet(reply, body, file, 'kursuskatalog');
  }

  @Get('import-template')
  @Policy('hr', 'admin')
  @ApiOperation({ summary: 'The import template with a guide to every column' })
  async template(@Query() query: SheetFormatQueryDto, @Res() reply: FastifyReply) {
    const format = query.format ?? 'xlsx';
    return sendSheet(reply, await this.sheets.template(format), format, 'kursuskatalog-skabelon');
  }

  @Post('import')
  @RateLimit('imports')
  @Policy('hr', 'admin')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data', 'text/csv', XLSX_TYPE)
  @ApiBody({
    description: 'The CSV or XLSX file: a multipart field `file`, or the raw body.',
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOperation({
    summary: 'Import offers (upsert on code): dryRun=true previews; otherwise every row or none',
  })
  import(
    @Query() query: OfferImportQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<OfferImportResult> {
    const contentType = request.headers['content-type'] ?? '';
    let file: unknown = request.body;
    if (contentType.startsWith('multipart/form-data')) {
      file = Buffer.isBuffer(request.body) ? fileFromMultipart(request.body, contentType) : null;
      if (!file) {
        throw new DomainError('VALIDATION_FAILED', 'Formularen har ingen fil i feltet "file".');
      }
    }
    return this.sheets.import(file as Buffer, query.dryRun === 'true');
  }

  @Get(':id')
  @Policy('authenticated')
  @ApiOperation({ summary: 'An offer with its sessions (drafts: HR and admin only)' })
  get(@Param('id', offerId) id: string, @Req() request: FastifyRequest): Promise<OfferView> {
    return this.offers.get(principalOf(request), id);
  }

  @Post()
  @Policy('hr', 'admin')
  @ApiOperation({ summary: 'Create an offer (a draft unless a status is given)' })
  create(@Body() body: CreateOfferDto): Promise<OfferView> {
    return this.offers.create(body);
  }

  @Patch(':id')
  @Policy('hr', 'admin')
  @ApiOperation({ summary: 'Edit an offer or change its status; needs the version read' })
  update(@Param('id', offerId) id: string, @Body() body: UpdateOfferDto): Promise<OfferView> {
    return this.offers.update(id, body);
  }

  @Delete(':id')
  @Policy('hr', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft that was never published (others are archived)' })
  remove(@Param('id', offerId) id: string): Promise<void> {
    return this.offers.remove(id);
  }

  @Get(':id/sessions')
  @Policy('authenticated')
  @ApiOperation({ summary: "An offer's sessions" })
  sessions(
    @Param('id', offerId) id: string,
    @Req() request: FastifyRequest,
  ): Promise<OfferSessionView[]> {
    return this.offers.sessions(principalOf(request), id);
  }

  @Post(':id/sessions')
  @Policy('hr', 'admin')
  @ApiOperation({ summary: 'Add a session' })
  addSession(
    @Param('id', offerId) id: string,
    @Body() body: CreateSessionDto,
  ): Promise<OfferSessionView> {
    return this.offers.addSession(id, body);
  }

  @Patch(':id/sessions/:sessionId')
  @Policy('hr', 'admin')
  @ApiOperation({ summary: 'Edit a session' })
  updateSession(
    @Param('id', offerId) id: string,
    @Param('sessionId', sessionId) session: string,
    @Body() body: UpdateSessionDto,
  ): Promise<OfferSessionView> {
    return this.offers.updateSession(id, session, body);
  }

  @Delete(':id/sessions/:sessionId')
  @Policy('hr', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a session nobody has a seat on or waits for' })
  removeSession(
    @Param('id', offerId) id: string,
    @Param('sessionId', sessionId) session: string,
  ): Promise<void> {
    return this.offers.removeSession(id, session);
  }
}
