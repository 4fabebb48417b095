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
import { MapSynonymRequestDto } from './map-synonym.request.dto';
import { ApiWriteAnswer } from '../../../../infrastructure/swagger/api-answers';
import { TermResponse } from '../../terms.response';

@ApiTags('terms')
@ApiBearerAuth()
@Controller('terms')
export class MapSynonymHttpController {
  constructor(@Inject(TERM_USE_CASES) private readonly terms: TermUseCases) {}

  @Post(':id/synonyms')
  @Represented({ read: (_r, req) => new GetTermQuery(requestId(req), undefined) })
  @HttpCode(201)
  @ApiOperation({ summary: "Map a stakeholder's local synonym onto a term (admin or reviewer of that stakeholder)" })
  @ApiParam({ name: 'id' })
  @ApiWriteAnswer(TermResponse, { status: 201, description: 'the term as GET /terms/:id shows it; ETag: "<stream revision>"' })
  @ApiWriteHeaders()
  @ApiWriteErrors()
  mapSynonym(@Param('id') id: string, @Body() body: MapSynonymRequestDto, @WriteOptions() options: ExecutionOptions): Promise<ExecutionResult<TermState>> {
    return this.terms.mapSynonym(id, { stakeholder: body.stakeholder, label: body.label }, options);
  }
}
