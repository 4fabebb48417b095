import { Body, Controller, HttpCode, Inject, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetTermQuery } from '../../queries/get-term/get-term.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { TermUseCases } from '@samsyn/application/registers.port';
import type { TermState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { TERM_USE_CASES } from '../../terms.di-tokens';
import { ReviseTermRequestDto } from './revise-term.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { TermResponse } from '../../terms.response';

@ApiTags('terms')
@ApiBearerAuth()
@Controller('terms')
export class ReviseTermHttpController {
  constructor(@Inject(TERM_USE_CASES) private readonly terms: TermUseCases) {}

  @Patch(':id')
  @Represented({ read: (_r, req) => new GetTermQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Revise a term's label and definition (admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(TermResponse, { description: 'the term as GET /terms/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  reviseTerm(@Param('id') id: string, @Body() body: ReviseTermRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<TermState>> {
    return this.terms.reviseTerm(id, { label: body.label, definition: body.definition }, options);
  }
}
