import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'samsyn:public';
export const REQUIRED_ROLES = 'samsyn:required-roles';
export const QUERY_TOKEN = 'samsyn:query-token';

/** No token needed (health, metrics). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Coarse route check: the principal must hold one of these roles (fine rules are the domain's). */
export const RequireAnyRole = (...roles: string[]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);

/** EventSource cannot send headers: this route also accepts `?access_token=`. */
export const AllowQueryToken = (): MethodDecorator => SetMetadata(QUERY_TOKEN, true);
