import { checkChosen, checkId, checkList, checkOneOf, checkRequiredText, checkSlug, parseList, type FieldProblem } from '../../../lib/field-rules';

/**
 * Every write the API has for the registers (docs/api.md "Writes"; apps/api/src/modules/
 * {stakeholders,bodies,terms,systems}/commands), as the admin forms send it: the field rules of
 * its request DTO, checked before sending, and the request built from the form's values (trimmed,
 * as the API keeps them). The rules the DTOs cannot see (an id already taken, a parent at the
 * wrong level) are the domain's, and come back as the API's codes.
 */
export type Values = Record<string, string>;

export interface WriteRequest {
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  body: Record<string, unknown>;
}

export interface RegisterWrite {
  validate(values: Values): FieldProblem[];
  request(values: Values): WriteRequest;
}

export const STAKEHOLDER_KINDS = ['committee', 'company', 'administration', 'office'] as const;
export const LEVELS = ['object', 'administration', 'portfolio'] as const;
/** The level a body's parent sits at; the portfolio body has none. */
export const PARENT_LEVEL: Record<(typeof LEVELS)[number], (typeof LEVELS)[number] | null> = { object: 'administration', administration: 'portfolio', portfolio: null };

const NAME_MAX = 200;
const REASON_MAX = 2000;
const DEFINITION_MAX = 5000;
const MEMBERS = { maxItems: 500, maxLength: 200 };

const v = (values: Values, field: string): string => (values[field] ?? '').trim();
const at = (collection: string, id: string) => `/${collection}/${encodeURIComponent(id)}`;

export const registerStakeholder: RegisterWrite = {
  validate: (x) => [...checkSlug('id', x.id ?? ''), ...checkRequiredText('name', x.name ?? '', NAME_MAX), ...checkOneOf('kind', x.kind ?? '', STAKEHOLDER_KINDS)],
  request: (x) => ({ method: 'POST', path: '/stakeholders', body: { id: v(x, 'id'), name: v(x, 'name'), kind: v(x, 'kind') } }),
};

export const renameStakeholder: RegisterWrite = {
  validate: (x) => [...checkChosen('stakeholder', x.stakeholder ?? ''), ...checkRequiredText('name', x.name ?? '', NAME_MAX)],
  request: (x) => ({ method: 'PATCH', path: at('stakeholders', v(x, 'stakeholder')), body: { name: v(x, 'name') } }),
};

export const retireStakeholder: RegisterWrite = {
  validate: (x) => [...checkChosen('stakeholder', x.stakeholder ?? ''), ...checkRequiredText('reason', x.reason ?? '', REASON_MAX)],
  request: (x) => ({ method: 'POST', path: `${at('stakeholders', v(x, 'stakeholder'))}/retire`, body: { reason: v(x, 'reason') } }),
};

export const establishBody: RegisterWrite = {
  validate: (x) => {
    const level = x.level as (typeof LEVELS)[number];
    const parent = v(x, 'parent');
    const needsParent = LEVELS.includes(level) && PARENT_LEVEL[level] !== null;
    return [
      ...checkId('id', x.id ?? ''),
      ...checkRequiredText('name', x.name ?? '', NAME_MAX),
      ...checkOneOf('level', x.level ?? '', LEVELS),
      ...(needsParent ? checkId('parent', parent) : []),
      ...checkList('members', parseList(x.members ?? ''), MEMBERS),
    ];
  },
  request: (x) => ({
    method: 'POST',
    path: '/bodies',
    body: { id: v(x, 'id'), name: v(x, 'name'), level: v(x, 'level'), parent: PARENT_LEVEL[x.level as (typeof LEVELS)[number]] ? v(x, 'parent') : null, members: parseList(x.members ?? '') },
  }),
};

export const setBodyMembers: RegisterWrite = {
  validate: (x) => [...checkChosen('body', x.body ?? ''), ...checkList('members', parseList(x.members ?? ''), MEMBERS)],
  request: (x) => ({ method: 'PUT', path: `${at('bodies', v(x, 'body'))}/members`, body: { members: parseList(x.members ?? '') } }),
};

export const defineTerm: RegisterWrite = {
  validate: (x) => [...checkId('id', x.id ?? ''), ...checkRequiredText('label', x.label ?? '', NAME_MAX), ...checkRequiredText('definition', x.definition ?? '', DEFINITION_MAX)],
  request: (x) => ({ method: 'POST', path: '/terms', body: { id: v(x, 'id'), label: v(x, 'label'), definition: v(x, 'definition') } }),
};

export const reviseTerm: RegisterWrite = {
  validate: (x) => [...checkChosen('term', x.term ?? ''), ...checkRequiredText('label', x.label ?? '', NAME_MAX), ...checkRequiredText('definition', x.definition ?? '', DEFINITION_MAX)],
  request: (x) => ({ method: 'PATCH', path: at('terms', v(x, 'term')), body: { label: v(x, 'label'), definition: v(x, 'definition') } }),
};

export const deprecateTerm: RegisterWrite = {
  validate: (x) => [...checkChosen('term', x.term ?? ''), ...checkRequiredText('reason', x.reason ?? '', REASON_MAX), ...(v(x, 'replacedBy') ? checkId('replacedBy', x.replacedBy) : [])],
  request: (x) => ({ method: 'POST', path: `${at('terms', v(x, 'term'))}/deprecate`, body: { reason: v(x, 'reason'), replacedBy: v(x, 'replacedBy') || null } }),
};

export const registerSystem: RegisterWrite = {
  validate: (x) => [...checkId('id', x.id ?? ''), ...checkRequiredText('name', x.name ?? '', NAME_MAX), ...checkId('ownerStakeholder', x.ownerStakeholder ?? ''), ...checkId('governingBody', x.governingBody ?? '')],
  request: (x) => ({ method: 'POST', path: '/systems', body: { id: v(x, 'id'), name: v(x, 'name'), ownerStakeholder: v(x, 'ownerStakeholder'), governingBody: v(x, 'governingBody') } }),
};

export const retireSystem: RegisterWrite = {
  validate: (x) => [...checkChosen('system', x.system ?? ''), ...checkRequiredText('reason', x.reason ?? '', REASON_MAX)],
  request: (x) => ({ method: 'POST', path: `${at('systems', v(x, 'system'))}/retire`, body: { reason: v(x, 'reason') } }),
};
