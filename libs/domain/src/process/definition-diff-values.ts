import { dict } from '../shared/dict';
import type { ProcessDefinition } from './definition';
import { diffDefinitions, type DefinitionDiff, type KeyedDiff } from './definition-diff';

/** One field of a step or handover with its value before and after; `null` where it was or
 * became absent (JSON has no undefined). Lists whose order carries no meaning (terms, systems)
 * also name the elements that came and went, so a reader need not compare two lists by eye. */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
  added?: unknown[];
  removed?: unknown[];
}

/** The structural diff plus, per added, removed and changed id, the fields with old and new
 * values: added entries list every field they arrive with, removed ones every field they had. */
export interface DescribedKeyedDiff extends KeyedDiff {
  values: Record<string, FieldChange[]>;
}

export interface DescribedDiff extends Omit<DefinitionDiff, 'steps' | 'handovers' | 'participants'> {
  participants?: { added: string[]; removed: string[]; old: string[]; new: string[] };
  steps: DescribedKeyedDiff;
  handovers: DescribedKeyedDiff;
}

const LIST_FIELDS: ReadonlySet<string> = new Set(['terms', 'systems']);

const present = (v: unknown): unknown => (v === undefined ? null : structuredClone(v));

const fieldChange = (field: string, before: unknown, after: unknown): FieldChange => {
  const change: FieldChange = { field, old: present(before), new: present(after) };
  if (LIST_FIELDS.has(field) && (Array.isArray(before) || before === undefined) && (Array.isArray(after) || after === undefined)) {
    const a = (before as unknown[] | undefined) ?? [];
    const b = (after as unknown[] | undefined) ?? [];
    change.added = b.filter((x) => !a.includes(x));
    change.removed = a.filter((x) => !b.includes(x));
  }
  return change;
};

const fieldsOf = (entry: object | undefined): string[] => (entry ? Object.keys(entry).filter((k) => (entry as Record<string, unknown>)[k] !== undefined) : []);

const describeKeyed = <T extends object>(d: KeyedDiff, a: Record<string, T> = {}, b: Record<string, T> = {}): DescribedKeyedDiff => {
  // Prototype-free: a step or handover may be called `__proto__` (docs/read-models.md).
  const values: Record<string, FieldChange[]> = dict<FieldChange[]>();
  const get = (m: Record<string, T>, id: string, f: string): unknown => (m[id] as Record<string, unknown>)[f];
  for (const id of d.added) values[id] = fieldsOf(b[id]).map((f) => fieldChange(f, undefined, get(b, id, f)));
  for (const id of d.removed) values[id] = fieldsOf(a[id]).map((f) => fieldChange(f, get(a, id, f), undefined));
  for (const c of d.changed) values[c.id] = c.fields.map((f) => fieldChange(f, get(a, c.id, f), get(b, c.id, f)));
  return { ...d, values };
};

/** What `GET /processes/:id/diff` and a deviation's diff answer: the fields of diffDefinitions
 * unchanged (existing clients keep working) with the old and new values beside them. */
export const describeDiff = (a: ProcessDefinition, b: ProcessDefinition): DescribedDiff => {
  const diff = diffDefinitions(a, b);
  const { participants, steps, handovers, ...rest } = diff;
  const described: DescribedDiff = {
    ...rest,
    steps: describeKeyed(steps, a.steps, b.steps),
    handovers: describeKeyed(handovers, a.handovers, b.handovers),
  };
  if (participants) described.participants = { ...participants, old: [...(a.participants ?? [])], new: [...(b.participants ?? [])] };
  return described;
};
