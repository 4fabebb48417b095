import type { Principal, Role } from '@samsyn/domain/shared';
import { ApiError, ApiErrorCodes } from '../../errors/api-error';
import { samsynRoleOf } from '../principal-claims';
import type { RoleMapping } from './role-mapping';

const refuse = (why: string): never => {
  throw new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, `token claims are invalid: ${why}`);
};

/** The value at a dot path, own properties only (a claim named `constructor` is not Object's). */
export const claimAt = (claims: Record<string, unknown>, path: string): unknown => {
  let here: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof here !== 'object' || here === null || Array.isArray(here) || !Object.hasOwn(here, part)) return undefined;
    here = (here as Record<string, unknown>)[part];
  }
  return here;
};

/** Providers send one value as a string and several as a list (ADFS does both). */
const entriesAt = (claims: Record<string, unknown>, path: string): unknown[] => {
  const v = claimAt(claims, path);
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
};

const roleKey = (r: Role): string => ('stakeholder' in r ? `${r.role}\u0000${r.stakeholder}` : r.role);

/**
 * The principal of a token from the identity provider. Its roles are the union of
 * - every entry of a roles claim already in Samsyn's shape (an object with `role`, and
 *   `stakeholder` where it needs one), checked as strictly as Samsyn's own tokens (a malformed one
 *   refuses the token), and
 * - the mapped roles of every string in the roles claims (`roles` table) and in the group claims
 *   (`groups` table); strings the mapping does not name grant nothing and are not an error (an
 *   Entra ID token lists every group of the user).
 */
export const principalFromProviderClaims = (claims: Record<string, unknown>, mapping: RoleMapping): Principal => {
  const id = claimAt(claims, mapping.claims.id);
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) refuse(`the principal id claim "${mapping.claims.id}" must be a non-empty string`);
  const name = claimAt(claims, mapping.claims.name);

  const roles = new Map<string, Role>();
  const grant = (rs: readonly Role[] | undefined) => rs?.forEach((r) => roles.set(roleKey(r), { ...r }));
  for (const path of mapping.claims.roles) {
    for (const entry of entriesAt(claims, path)) {
      if (typeof entry === 'string') grant(mapping.roles.get(entry));
      else if (typeof entry === 'object' && entry !== null && Object.hasOwn(entry, 'role')) {
        grant([samsynRoleOf(entry) ?? refuse(`unknown role ${JSON.stringify(entry)}`)]);
      }
      // Anything else (numbers, objects of other shapes) is some other system's claim: not ours to read.
    }
  }
  for (const path of mapping.claims.groups) {
    for (const entry of entriesAt(claims, path)) if (typeof entry === 'string') grant(mapping.groups.get(entry));
  }
  const principal: Principal = { id: id as string, roles: [...roles.values()] };
  return typeof name === 'string' && name !== '' ? { ...principal, name } : principal;
};
