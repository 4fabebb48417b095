import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireAnyRole } from '../../../../infrastructure/auth/auth.decorators';
import { ApiReadErrors } from '../../../../infrastructure/errors/api-error.dto';
import { GetPublicKeyQuery, type PublicKeyView } from './get-public-key.query-handler';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { PublicKeyResponse } from '../../audit.response';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class GetPublicKeyHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('public-key')
  @RequireAnyRole('auditor', 'admin')
  @ApiOperation({ summary: 'The Ed25519 public key that signs tree heads: {algorithm, keyId, publicKey (PEM)} (auditor or admin)' })
  @ApiReadAnswer(PublicKeyResponse, { description: 'the public key' })
  @ApiReadErrors({ auditOnly: true })
  publicKey(): Promise<PublicKeyView> {
    return this.queryBus.execute(new GetPublicKeyQuery());
  }
}
