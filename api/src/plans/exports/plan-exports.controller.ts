import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../auth/principal-of';
import { existingId } from '../../common/existing-id';
import { Policy } from '../../common/policy.decorator';
import { attachmentDisposition } from './danish-format';
import { type ExportFile, PlanExportsService } from './plan-exports.service';
import { RateLimit } from '../../common/rate-limits/rate-limit';

const planId = existingId('Planen findes ikke.');

/**
 * The plan as files: a PDF for the development conversation and an iCalendar file with
 * the booked sessions and follow-up dates. Same readers as `GET /api/plans/:id`.
 */
@ApiTags('plans')
@Controller('plans')
export class PlanExportsController {
  constructor(private readonly exports: PlanExportsService) {}

  @Get(':id/pdf')
  @RateLimit('pdf')
  @Policy('authenticated')
  @ApiOperation({
    summary: 'The plan as a PDF in Danish for the development conversation (A4)',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'udviklingsplan-<leder>-<periodestart>.pdf as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  async pdf(
    @Param('id', planId) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.exports.pdf(principalOf(req), id), 'application/pdf');
  }

  @Get(':id/calendar.ics')
  @Policy('authenticated')
  @ApiOperation({
    summary: 'Booked sessions (waiting list as tentative) and follow-up dates as iCalendar',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'RFC 5545 calendar, all-day events, as an attachment',
    schema: { type: 'string' },
  })
  async calendar(
    @Param('id', planId) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(
      reply,
      await this.exports.calendar(principalOf(req), id),
      'text/calendar; charset=utf-8',
    );
  }
}

/** A personal document: saved as a file, never kept by a cache on the way. */
async function send(reply: FastifyReply, file: ExportFile, type: string): Promise<void> {
  await reply
    .header('Content-Type', type)
    .header('Content-Disposition', attachmentDisposition(file.name))
    .header('Cache-Control', 'no-store')
    .send(file.body);
}
