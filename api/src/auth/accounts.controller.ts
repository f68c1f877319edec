import { Body, Controller, Get, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AccountView } from '@lederloeft/contracts';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { AccountsService } from './accounts.service';
import { principalOf } from './principal-of';
import { CreateAccountDto, UpdateAccountDto } from './dto/account.dto';

const uuid = existingId('Kontoen findes ikke.');

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Policy('admin')
  @ApiOperation({ summary: 'All accounts with their granted roles (admin)' })
  list(): Promise<AccountView[]> {
    return this.accounts.list();
  }

  @Post()
  @Policy('admin')
  @ApiOperation({
    summary: 'Create an account, optionally linked to a leader, with granted roles (admin)',
  })
  create(@Body() body: CreateAccountDto): Promise<AccountView> {
    return this.accounts.create(body);
  }

  @Patch(':id')
  @Policy('admin')
  @ApiOperation({
    summary:
      'Activate/deactivate, replace granted roles, set a password (admin); ends sessions when needed',
  })
  update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateAccountDto,
    @Req() request: FastifyRequest,
  ): Promise<AccountView> {
    return this.accounts.update(principalOf(request).accountId, id, body);
  }
}
