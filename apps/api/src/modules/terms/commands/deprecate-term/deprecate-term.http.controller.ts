import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { DeprecateTermCommand } from './deprecate-term.command';
import { DeprecateTermRequestDto } from './deprecate-term.request.dto';

@ApiTags('terms')
@ApiBearerAuth()
@Controller('terms')
export class DeprecateTermHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/deprecate')
  @HttpCode(200)
  @ApiOperation({ summary: "Deprecate a term, optionally naming its replacement (admin)" })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  deprecateTerm(@Param('id') id: string, @Body() body: DeprecateTermRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new DeprecateTermCommand(id, body, options));
  }
}
