import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult, ProposalView } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { AmendProposalCommand } from './amend-proposal.command';
import { AmendProposalRequestDto } from './amend-proposal.request.dto';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('proposals')
export class AmendProposalHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/amend')
  @HttpCode(200)
  @ApiOperation({ summary: "Amend a proposal: new changes and/or base; reviews restart (the submitter)" })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  amendProposal(@Param('id') id: string, @Body() body: AmendProposalRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<ProposalView>> {
    return this.commandBus.execute(new AmendProposalCommand(id, body, options));
  }
}
