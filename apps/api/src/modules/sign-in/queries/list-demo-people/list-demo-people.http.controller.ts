import { Controller, Get } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../../infrastructure/auth/auth.decorators';
import { ApiError, ApiErrorCodes } from '../../../../infrastructure/errors/api-error';
import { DemoDirectory, type DemoPerson } from '../../demo-directory';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { DemoPersonResponse } from '../../sign-in.response';

export const demoOff = (): ApiError => new ApiError(404, ApiErrorCodes.NOT_FOUND, 'demo sign-in is not available on this server');

@ApiTags('auth')
@Controller('auth')
export class ListDemoPeopleHttpController {
  constructor(private readonly demo: DemoDirectory) {}

  @Get('demo-people')
  @Public()
  @ApiOperation({ summary: 'The demo people with their roles and body memberships (demo mode only, public)' })
  @ApiReadAnswer([DemoPersonResponse], { description: '[{id, name, roles, bodies}]' })
  @ApiNotFoundResponse({ description: 'the server does not run the demo' })
  async list(): Promise<DemoPerson[]> {
    if (!(await this.demo.isOn())) throw demoOff();
    return this.demo.people();
  }
}
