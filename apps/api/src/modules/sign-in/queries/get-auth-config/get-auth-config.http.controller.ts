import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../../infrastructure/auth/auth.decorators';
import type { ApiConfig } from '../../../../infrastructure/config/api-config';
import { API_CONFIG } from '../../../../infrastructure/tokens';
import { DemoDirectory } from '../../demo-directory';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { AuthConfigResponse } from '../../sign-in.response';

export interface OidcSignInConfig {
  issuer: string;
  clientId: string;
  /** The scopes the web application requests; `openid` is always among them. */
  scope: string;
  /** The provider as the sign-in button names it. */
  name: string;
}

export interface AuthConfigBody {
  demo: boolean;
  oidc: OidcSignInConfig | null;
}

/** A plain set-up asks for the person's id and name; a provider that issues access tokens for an API only to its own scope (Entra ID) gets it from SAMSYN_OIDC_SCOPE. */
export const DEFAULT_OIDC_SCOPE = 'openid profile';

const withOpenid = (scope: string): string => (scope.split(/\s+/).includes('openid') ? scope : `openid ${scope}`);

export const oidcSignInConfig = (config: Pick<ApiConfig, 'oidcIssuer' | 'oidcClientId' | 'oidcScope' | 'oidcName'>): OidcSignInConfig | null => {
  const { oidcIssuer: issuer, oidcClientId: clientId } = config;
  if (!issuer || !clientId) return null;
  return { issuer, clientId, scope: withOpenid(config.oidcScope ?? DEFAULT_OIDC_SCOPE), name: config.oidcName ?? new URL(issuer).host };
};

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
  @ApiReadAnswer(AuthConfigResponse, { description: '{demo, oidc: {issuer, clientId, scope, name} | null}' })
  async config_(): Promise<AuthConfigBody> {
    return { demo: await this.demo.isOn(), oidc: oidcSignInConfig(this.config) };
  }
}
