import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Represented, requestId } from '../../../../infrastructure/http/represented.decorator';
import { GetTermQuery } from '../../queries/get-term/get-term.query-handler';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/execution';
import type { TermUseCases } from '@samsyn/application/registers.port';
import type { TermState } from '@samsyn/domain';
import { ApiWriteErrors } from '../../../../infrastructure/errors/api-error.dto';
import { ApiWriteHeaders, WriteOptions } from '../../../../infrastructure/http/write-options';
import { TERM_USE_CASES } from '../../terms.di-tokens';
import { DeprecateTermRequestDto } from './deprecate-term.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { TermResponse } from '../../terms.response';

@ApiTags('terms')
@ApiBearerAuth()
@Controller('terms')
export class DeprecateTermHttpController {
  constructor(@Inject(TERM_USE_CASES) private readonly terms: TermUseCases) {}

  @Post(':id/deprecate')
  @Represented({ read: (_r, req) => new GetTermQuery(requestId(req), undefined) })
  @HttpCode(200)
  @ApiOperation({ summary: "Deprecate a term, optionally naming its replacement (admin)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(TermResponse, { description: 'the term as GET /terms/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  deprecateTerm(@Param('id') id: string, @Body() body: DeprecateTermRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<TermState>> {
    return this.terms.deprecateTerm(id, { reason: body.reason, replacedBy: body.replacedBy }, options);
  }
}
