import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Principal } from '@samsyn/domain/shared/principal';
import { ApiError, ApiErrorCodes } from '../../../../infrastructure/errors/api-error';
import type { SamsynRequest } from '../../../../infrastructure/http/samsyn-request';
import { ApiReadAnswer } from '../../../../infrastructure/swagger/api-answers';
import { MeResponse } from '../../me.response';

/**
 * The principal as the API sees this request's token: its id (the mapping's `claims.id`, e.g.
 * `oid`), name and roles after SAMSYN_ROLE_MAPPING. A provider's token carries groups, not
 * Samsyn roles, so the web application asks here what the person may do (docs/authentication.md).
 */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class GetMeHttpController {
  @Get('')
  @ApiOperation({ summary: 'The signed-in principal: id, name and roles as the API applies them (after role mapping)' })
  @ApiReadAnswer(MeResponse, { description: '{id, name, roles: [{role, stakeholder?}]}' })
  @ApiUnauthorizedResponse({ description: 'no valid bearer token' })
  me(@Req() req: SamsynRequest): Principal {
    if (!req.principal) throw new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, 'a bearer token is required');
    const { id, name, roles } = req.principal;
    return { id, name: name ?? id, roles };
  }
}
