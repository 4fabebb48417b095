import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../../infrastructure/auth/auth.decorators';
import type { ApiConfig } from '../../../../infrastructure/config/api-config';
import { API_CONFIG } from '../../../../infrastructure/tokens';
import { DemoDirectory } from '../../demo-directory';

export interface AuthConfigBody {
  demo: boolean;
  oidc: { issuer: string; clientId: string } | null;
}

@ApiTags('auth')
@Controller('auth')
export class GetAuthConfigHttpController {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly demo: DemoDirectory,
  ) {}

  @Get('config')
  @Public()
  @ApiOperation({ summary: 'How to sign in: demo people on this server, and/or an OpenID Connect provider (public)' })
  @ApiOkResponse({ description: '{demo, oidc: {issuer, clientId} | null}' })
  async config_(): Promise<AuthConfigBody> {
    const { oidcIssuer, oidcClientId } = this.config;
    return { demo: await this.demo.isOn(), oidc: oidcIssuer && oidcClientId ? { issuer: oidcIssuer, clientId: oidcClientId } : null };
  }
}
