import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetDeviationDiffQuery } from './get-deviation-diff.query-handler';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { DeviationDiffResponse } from '../../../processes/processes.response';

@ApiTags('deviations')
@ApiBearerAuth()
@CachedRead()
@Controller('processes')
export class GetDeviationDiffHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/deviations/:stakeholder/diff')
  @ApiOperation({ summary: "A stakeholder's active deviation against the current baseline, as old → new values (docs/harmonization.md)" })
  @ApiParam({ name: 'id' })
  @ApiParam({ name: 'stakeholder' })
  @ApiReadAnswer(DeviationDiffResponse, { description: 'status (deviating | needs-reapproval), what it covers, and the diff head → variant (or base → variant when its patch no longer applies)' })
  @ApiReadErrors({ notFound: true })
  getDeviationDiff(@Param('id') id: string, @Param('stakeholder') stakeholder: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetDeviationDiffQuery(id, stakeholder, toAsOf(query)));
  }
}
