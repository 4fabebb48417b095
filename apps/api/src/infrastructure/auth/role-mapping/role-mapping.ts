import * as fs from 'node:fs';
import type { Role } from '@samsyn/domain/shared';

/**
 * How an identity provider's plain strings (Entra ID group object ids and app roles, ADFS group
 * claims, Keycloak realm and client roles) become Samsyn roles. Read once at start from
 * SAMSYN_ROLE_MAPPING, applied to every request's token (docs/authentication.md).
 */
export interface RoleMapping {
  /** Group id (or name) → the roles a member gets. A Map: ids such as `constructor` stay data. */
  groups: ReadonlyMap<string, readonly Role[]>;
  /** Provider role name → the roles its holders get. */
  roles: ReadonlyMap<string, readonly Role[]>;
  claims: ClaimNames;
}

/** Which claims hold what; nested claims as dot paths (`realm_access.roles`). */
export interface ClaimNames {
  id: string;
  name: string;
  groups: readonly string[];
  roles: readonly string[];
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = { id: 'sub', name: 'name', groups: ['groups'], roles: ['roles'] };

/** No file configured: provider strings grant nothing, Samsyn-shaped roles still count. */
export const EMPTY_ROLE_MAPPING: RoleMapping = { groups: new Map(), roles: new Map(), claims: DEFAULT_CLAIM_NAMES };

const TOP_KEYS = new Set(['groups', 'roles', 'claims']);
const CLAIM_KEYS = new Set(['id', 'name', 'groups', 'roles']);
const WITH_STAKEHOLDER = new Set(['reviewer', 'process-owner']);
const WITHOUT_STAKEHOLDER = new Set(['admin', 'auditor']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem is an Error whose message names the file and the place in it. */
const problem = (source: string, where: string, what: string): Error => new Error(`SAMSYN_ROLE_MAPPING (${source}): ${where}: ${what}`);

const parseRole = (v: unknown, where: string, source: string): Role => {
  if (!isObject(v)) throw problem(source, where, 'each role must be an object such as {"role":"reviewer","stakeholder":"ksn"}');
  for (const k of Object.keys(v)) if (k !== 'role' && k !== 'stakeholder') throw problem(source, where, `unknown key "${k}" (use "role" and "stakeholder")`);
  const { role, stakeholder } = v;
  if (typeof role === 'string' && WITHOUT_STAKEHOLDER.has(role)) {
    if (stakeholder !== undefined) throw problem(source, where, `${role} applies to every organisation and takes no stakeholder`);
    return { role: role as 'admin' | 'auditor' };
  }
  if (typeof role === 'string' && WITH_STAKEHOLDER.has(role)) {
    if (typeof stakeholder !== 'string' || stakeholder.trim() === '') throw problem(source, where, `${role} needs a stakeholder (the organisation's id, e.g. "ksn")`);
    return { role: role as 'reviewer' | 'process-owner', stakeholder };
  }
  throw problem(source, where, `unknown role ${JSON.stringify(role)} (known: admin, auditor, reviewer, process-owner)`);
};

const parseTable = (v: unknown, key: string, source: string): Map<string, Role[]> => {
  const table = new Map<string, Role[]>();
  if (v === undefined) return table;
  if (!isObject(v)) throw problem(source, key, 'must be an object from names to lists of roles');
  for (const [name, grants] of Object.entries(v)) {
    const where = `${key}[${JSON.stringify(name)}]`;
    if (name === '') throw problem(source, where, 'the name must not be empty');
    if (!Array.isArray(grants)) throw problem(source, where, 'must be a list of roles, e.g. [{"role":"admin"}]');
    table.set(name, grants.map((g, i) => parseRole(g, `${where}[${i}]`, source)));
  }
  return table;
};

const claimPath = (v: unknown, where: string, source: string): string => {
  if (typeof v !== 'string' || v === '' || v.split('.').some((part) => part === '')) throw problem(source, where, 'must be a claim name or a dot path such as "realm_access.roles"');
  return v;
};

const parseClaims = (v: unknown, source: string): ClaimNames => {
  if (v === undefined) return DEFAULT_CLAIM_NAMES;
  if (!isObject(v)) throw problem(source, 'claims', 'must be an object such as {"id":"oid","groups":["groups"],"roles":["roles"]}');
  for (const k of Object.keys(v)) if (!CLAIM_KEYS.has(k)) throw problem(source, 'claims', `unknown key "${k}" (known: id, name, groups, roles)`);
  const list = (key: 'groups' | 'roles'): string[] => {
    const raw = v[key];
    if (raw === undefined) return [...DEFAULT_CLAIM_NAMES[key]];
    const items = typeof raw === 'string' ? [raw] : raw;
    if (!Array.isArray(items)) throw problem(source, `claims.${key}`, 'must be a claim name or a list of them');
    return items.map((p, i) => claimPath(p, `claims.${key}[${i}]`, source));
  };
  return {
    id: v.id === undefined ? DEFAULT_CLAIM_NAMES.id : claimPath(v.id, 'claims.id', source),
    name: v.name === undefined ? DEFAULT_CLAIM_NAMES.name : claimPath(v.name, 'claims.name', source),
    groups: list('groups'),
    roles: list('roles'),
  };
};

/** The mapping in `text`, or an Error naming the first problem; `source` is how messages name it. */
export const parseRoleMapping = (text: string, source: string): RoleMapping => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw problem(source, 'file', `not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(json)) throw problem(source, 'file', 'must be a JSON object with "groups", "roles" and optionally "claims"');
  for (const k of Object.keys(json)) if (!TOP_KEYS.has(k)) throw problem(source, 'file', `unknown key "${k}" (known: groups, roles, claims)`);
  return { groups: parseTable(json.groups, 'groups', source), roles: parseTable(json.roles, 'roles', source), claims: parseClaims(json.claims, source) };
};

export const loadRoleMapping = (file: string): RoleMapping => {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw problem(file, 'file', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseRoleMapping(text, file);
};
