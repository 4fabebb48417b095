import type { Handover, ProcessDefinition, Step } from './definition';

export interface KeyedDiff {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
}

export interface DefinitionDiff {
  purpose?: { from: string; to: string };
  participants?: { added: string[]; removed: string[] };
  steps: KeyedDiff;
  handovers: KeyedDiff;
}

/** Lists whose order carries no meaning: a reordering is not a change anybody must agree to. */
const SET_FIELDS: ReadonlySet<string> = new Set(['terms', 'systems']);

const STEP_FIELDS = ['name', 'performer', 'order', 'description', 'terms', 'systems'];
const HANDOVER_FIELDS = ['from', 'to', 'artifact', 'condition', 'split', 'join'];

export const sameSet = (a: readonly unknown[] = [], b: readonly unknown[] = []): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
};

const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
};

const fieldEqual = (field: string, a: unknown, b: unknown): boolean =>
  SET_FIELDS.has(field) && (Array.isArray(a) || a === undefined) && (Array.isArray(b) || b === undefined)
    ? sameSet(a as unknown[] | undefined, b as unknown[] | undefined)
    : deepEqual(a, b);

/** Known fields first in their natural order, then anything unexpected, alphabetically. */
const changedFields = (known: string[], a: object, b: object): string[] => {
  const all = new Set([...Object.keys(a), ...Object.keys(b)]);
  const ordered = [...known.filter((f) => all.has(f)), ...[...all].filter((f) => !known.includes(f)).sort()];
  return ordered.filter((f) => !fieldEqual(f, (a as Record<string, unknown>)[f], (b as Record<string, unknown>)[f]));
};

const diffKeyed = <T extends object>(a: Record<string, T> = {}, b: Record<string, T> = {}, known: string[]): KeyedDiff => {
  const before = Object.keys(a);
  const after = Object.keys(b);
  return {
    added: after.filter((id) => !Object.hasOwn(a, id)).sort(),
    removed: before.filter((id) => !Object.hasOwn(b, id)).sort(),
    changed: before
      .filter((id) => Object.hasOwn(b, id))
      .sort()
      .map((id) => ({ id, fields: changedFields(known, a[id], b[id]) }))
      .filter((c) => c.fields.length > 0),
  };
};

/** Structural difference of two definitions: what a reviewer needs to see, and what the required
 * level is computed from, whatever shape the patch that produced it had. */
export const diffDefinitions = (a: ProcessDefinition, b: ProcessDefinition): DefinitionDiff => {
  const diff: DefinitionDiff = {
    steps: diffKeyed<Step>(a.steps, b.steps, STEP_FIELDS),
    handovers: diffKeyed<Handover>(a.handovers, b.handovers, HANDOVER_FIELDS),
  };
  if (a.purpose !== b.purpose) diff.purpose = { from: a.purpose, to: b.purpose };
  const before = a.participants ?? [];
  const after = b.participants ?? [];
  const added = after.filter((p) => !before.includes(p));
  const removed = before.filter((p) => !after.includes(p));
  if (added.length > 0 || removed.length > 0) diff.participants = { added, removed };
  return diff;
};

const keyedEmpty = (d: KeyedDiff): boolean => d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;

export const isEmptyDiff = (d: DefinitionDiff): boolean =>
  d.purpose === undefined && d.participants === undefined && keyedEmpty(d.steps) && keyedEmpty(d.handovers);

const keyedSummary = (label: string, d: KeyedDiff): string[] => [
  ...(d.added.length ? [`${label} added: ${d.added.join(', ')}`] : []),
  ...(d.removed.length ? [`${label} removed: ${d.removed.join(', ')}`] : []),
  ...(d.changed.length ? [`${label} changed: ${d.changed.map((c) => c.id).join(', ')}`] : []),
];

/** One human line for revision lists and audit views, e.g. "steps changed: s2; handovers added: h3". */
export const summarizeDiff = (d: DefinitionDiff): string => {
  const parts = [
    ...(d.purpose ? ['purpose changed'] : []),
    ...(d.participants?.added.length ? [`participants added: ${d.participants.added.join(', ')}`] : []),
    ...(d.participants?.removed.length ? [`participants removed: ${d.participants.removed.join(', ')}`] : []),
    ...keyedSummary('steps', d.steps),
    ...keyedSummary('handovers', d.handovers),
  ];
  return parts.length ? parts.join('; ') : 'no structural change';
};
