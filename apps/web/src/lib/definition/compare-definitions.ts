import type { Definition } from '../types';

/** One value that differs between two definitions: what it was and what it became (undefined = absent). */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface ElementChange {
  kind: 'step' | 'handover';
  id: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
}

export interface DefinitionComparison {
  purpose?: FieldChange;
  participants: { added: string[]; removed: string[] };
  elements: ElementChange[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;

const fieldsOf = (a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): FieldChange[] => {
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].sort();
  return keys.filter((k) => !same(a?.[k], b?.[k])).map((k) => ({ field: k, old: a?.[k], new: b?.[k] }));
};

const compareMap = (kind: ElementChange['kind'], a: Record<string, object>, b: Record<string, object>): ElementChange[] => {
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const out: ElementChange[] = [];
  for (const id of ids) {
    const before = a[id] as Record<string, unknown> | undefined;
    const after = b[id] as Record<string, unknown> | undefined;
    const fields = fieldsOf(before, after);
    if (!before) out.push({ kind, id, change: 'added', fields });
    else if (!after) out.push({ kind, id, change: 'removed', fields });
    else if (fields.length) out.push({ kind, id, change: 'changed', fields });
  }
  return out;
};

/**
 * Old → new, value by value: the purpose, participants joined and left, and each step and
 * handover added, removed or changed with every field that differs. Pure; both the process page's
 * revision comparison and the proposal page's readable changes use it.
 */
export const compareDefinitions = (from: Definition, to: Definition): DefinitionComparison => ({
  purpose: from.purpose === to.purpose ? undefined : { field: 'purpose', old: from.purpose, new: to.purpose },
  participants: {
    added: to.participants.filter((p) => !from.participants.includes(p)),
    removed: from.participants.filter((p) => !to.participants.includes(p)),
  },
  elements: [...compareMap('step', from.steps, to.steps), ...compareMap('handover', from.handovers, to.handovers)],
});

export const isEmptyComparison = (c: DefinitionComparison): boolean => !c.purpose && !c.participants.added.length && !c.participants.removed.length && !c.elements.length;
