import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../../infrastructure/auth/auth.decorators';
import { ApiError, ApiErrorCodes } from '../../../../infrastructure/errors/api-error';
import { DemoDirectory } from '../../demo-directory';
import { demoOff } from '../../queries/list-demo-people/list-demo-people.http.controller';
import { DEMO_SIGN_IN_TTL, DEMO_SIGN_IN_TTL_MS } from '../../sign-in.tokens';
import { DemoSignInRequestDto } from './demo-sign-in.request.dto';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { DemoSignInResponse } from '../../sign-in.response';

@ApiTags('auth')
@Controller('auth')
export class DemoSignInHttpController {
  constructor(private readonly demo: DemoDirectory) {}

  @Post('demo-sign-in')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'A token for a demo person, valid 8 hours (demo mode only, public)' })
  @ApiReadAnswer(DemoSignInResponse, { description: '{token, expiresAt, person}' })
  @ApiNotFoundResponse({ description: 'the server does not run the demo, or no such demo person' })
  async signIn(@Body() body: DemoSignInRequestDto): Promise<{ token: string; expiresAt: string; person: string }> {
    if (!(await this.demo.isOn()) || !this.demo.signer) throw demoOff();
    const p = this.demo.principal(body.person);
    if (!p) throw new ApiError(404, ApiErrorCodes.NOT_FOUND, `no demo person "${body.person}"`);
    const token = await this.demo.signer({ sub: p.id, name: p.name, roles: p.roles }, DEMO_SIGN_IN_TTL);
    // The token's own exp is what the API checks; this is for the client's display (jose counts from the real clock).
    return { token, expiresAt: new Date(Date.now() + DEMO_SIGN_IN_TTL_MS).toISOString(), person: p.id };
  }
}
