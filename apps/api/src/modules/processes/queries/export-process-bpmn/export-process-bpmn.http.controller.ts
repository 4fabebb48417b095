import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { toAsOf } from '../../../../infrastructure/http/as-of';
import type { HttpResponse as Response } from '../../../../infrastructure/http/express-types';
import { ExportProcessBpmnQuery } from './export-process-bpmn.query-handler';
import { ExportProcessBpmnRequestDto } from './export-process-bpmn.request.dto';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { ApiTextAnswer } from '../../../../infrastructure/swagger/api-answers';

@ApiTags('processes')
@ApiBearerAuth()
@CachedRead()
@Controller('processes')
export class ExportProcessBpmnHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/bpmn')
  @ApiOperation({ summary: 'A revision (default: the head) as BPMN 2.0 XML, for modelling tools; terms, systems and order as samsyn:* attributes' })
  @ApiParam({ name: 'id' })
  @ApiTextAnswer('application/bpmn+xml', 'BPMN 2.0 XML: a pool with a lane per participant, a task per step, a sequence flow per handover, and a diagram; ETag: "<revision>-<body digest>"')
  @ApiReadErrors({ notFound: true })
  async exportProcessBpmn(@Param('id') id: string, @Query() query: ExportProcessBpmnRequestDto, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    const revision = query.revision === undefined ? undefined : Number(query.revision);
    const xml = await this.queryBus.execute(new ExportProcessBpmnQuery(id, revision, toAsOf(query)));
    res.setHeader('Content-Type', 'application/bpmn+xml; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${id.replace(/[^A-Za-z0-9._-]/g, '_')}.bpmn"`);
    return xml;
  }
}
