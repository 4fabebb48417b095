import type { Principal, Role } from '@samsyn/domain/shared';
import { ApiError, ApiErrorCodes } from '../errors/api-error';

/** One entry of docs/api.md's `roles` claim, or null when it is not exactly one of the four shapes. */
export const samsynRoleOf = (r: unknown): Role | null => {
  const o = (r ?? {}) as Record<string, unknown>;
  if (o.role === 'auditor' || o.role === 'admin') return { role: o.role };
  if ((o.role === 'process-owner' || o.role === 'reviewer') && typeof o.stakeholder === 'string' && o.stakeholder) {
    return { role: o.role, stakeholder: o.stakeholder };
  }
  return null;
};

/** The `roles` claim of docs/api.md, checked strictly: a token we cannot read fully grants nothing. */
export const principalFromClaims = (claims: Record<string, unknown>): Principal => {
  const refuse = (why: string): never => {
    throw new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, `token claims are invalid: ${why}`);
  };
  const sub = claims.sub;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) refuse('sub must be a non-empty string');
  const name = claims.name;
  if (name !== undefined && typeof name !== 'string') refuse('name must be a string');
  const raw = claims.roles ?? [];
  if (!Array.isArray(raw)) refuse('roles must be an array');
  const roles = (raw as unknown[]).map((r): Role => samsynRoleOf(r) ?? refuse(`unknown role ${JSON.stringify(r)}`));
  return name === undefined ? { id: sub as string, roles } : { id: sub as string, name: name as string, roles };
};

/** `reviewer:ksn`, `process-owner:ksn`, `auditor`, `admin` (the CLI's --role syntax). */
export const parseRoleSpec = (spec: string): Role => {
  const [role, stakeholder, ...rest] = spec.split(':');
  if (rest.length === 0 && (role === 'auditor' || role === 'admin') && stakeholder === undefined) return { role };
  if (rest.length === 0 && (role === 'reviewer' || role === 'process-owner') && stakeholder) return { role, stakeholder };
  throw new Error(`invalid role "${spec}": use admin, auditor, reviewer:<stakeholder> or process-owner:<stakeholder>`);
};
