import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { AsOfQueryDto, toAsOf } from '../../../../infrastructure/http/as-of';
import { CachedRead } from '../../../../infrastructure/http/read-cache/cached-read.decorator';
import { GetManagementObjectQuery } from './get-management-object.query-handler';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { ManagementObjectResponse } from '../../management.response';

@ApiTags('management')
@ApiBearerAuth()
@CachedRead()
@Controller('management-objects')
export class GetManagementObjectHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'One management object: its scope, body, roles and plan years' })
  @ApiParam({ name: 'id' })
  @ApiReadAnswer(ManagementObjectResponse, { description: '{id, name, systems, processes, body, roles, planYears, registeredAt, updatedAt}' })
  @ApiReadErrors({ notFound: true })
  get(@Param('id') id: string, @Query() query: AsOfQueryDto): Promise<unknown> {
    return this.queryBus.execute(new GetManagementObjectQuery(id, toAsOf(query)));
  }
}
