import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI: how to sign in (GET /auth/config, /auth/demo-people, POST /auth/demo-sign-in). */
export class OidcSignInConfigSchema {
  @ApiProperty() issuer: string;
  @ApiProperty() clientId: string;
  @ApiProperty() scope: string;
  @ApiProperty() name: string;
}

export class AuthConfigResponse {
  @ApiProperty() demo: boolean;
  @ApiProperty({ type: OidcSignInConfigSchema, nullable: true }) oidc: OidcSignInConfigSchema | null;
}

export class DemoRoleSchema {
  @ApiProperty({ enum: ['process-owner', 'reviewer', 'auditor', 'admin'] }) role: string;
  @ApiPropertyOptional() stakeholder?: string;
  @ApiPropertyOptional() stakeholderName?: string;
}

export class DemoBodySchema {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() level: string;
}

export class DemoPersonResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [DemoRoleSchema] }) roles: DemoRoleSchema[];
  @ApiProperty({ type: [DemoBodySchema] }) bodies: DemoBodySchema[];
}

export class DemoSignInResponse {
  @ApiProperty({ description: 'a bearer token' }) token: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty() person: string;
}
