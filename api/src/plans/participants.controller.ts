import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { SessionParticipantList } from '@lederloeft/contracts';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { participantsCsv, SeatsService } from './seats.service';

const offerId = existingId('Tilbuddet findes ikke.');
const sessionId = existingId('Forløbet findes ikke.');

/** HR's participant lists: who has a seat on a session and who waits, in queue order. */
@ApiTags('catalogue')
@Controller('offers')
export class ParticipantsController {
  constructor(private readonly seats: SeatsService) {}

  @Get(':id/sessions/:sessionId/participants')
  @Policy('hr', 'admin')
  @ApiOperation({ summary: 'Booked participants and the waiting list of a session (HR, admin)' })
  list(
    @Param('id', offerId) id: string,
    @Param('sessionId', sessionId) session: string,
  ): Promise<SessionParticipantList> {
    return this.seats.participants(id, session);
  }

  @Get(':id/sessions/:sessionId/participants.csv')
  @Policy('hr', 'admin')
  @ApiOperation({ summary: 'The participant list as CSV for Danish Excel (HR, admin)' })
  async csv(
    @Param('id', offerId) id: string,
    @Param('sessionId', sessionId) session: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const list = await this.seats.participants(id, session);
    const name = `deltagere-${list.offer.code}-${list.session.startDate}.csv`.replace(
      /[^\w.-]/g,
      '_',
    );
    await reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .header('Cache-Control', 'no-store')
      .send(participantsCsv(list));
  }
}
