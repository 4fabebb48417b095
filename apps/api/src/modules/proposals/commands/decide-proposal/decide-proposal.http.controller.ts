import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { DecideProposalCommand } from './decide-proposal.command';
import { DecideProposalRequestDto } from './decide-proposal.request.dto';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('proposals')
export class DecideProposalHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/decisions')
  @HttpCode(201)
  @ApiOperation({ summary: "Decide an escalated proposal: approve, reject or escalate (member of the holding body)" })
  @ApiParam({ name: 'id' })
  @ApiCreatedResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  decideProposal(@Param('id') id: string, @Body() body: DecideProposalRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<ProposalView>> {
    return this.commandBus.execute(new DecideProposalCommand(id, body, options));
  }
}
