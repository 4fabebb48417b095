import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { RetireSystemCommand } from './retire-system.command';
import { RetireSystemRequestDto } from './retire-system.request.dto';

@ApiTags('systems')
@ApiBearerAuth()
@Controller('systems')
export class RetireSystemHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/retire')
  @HttpCode(200)
  @ApiOperation({ summary: "Retire an IT system (admin)" })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ description: 'the resource after the write; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  retireSystem(@Param('id') id: string, @Body() body: RetireSystemRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult> {
    return this.commandBus.execute(new RetireSystemCommand(id, body, options));
  }
}
