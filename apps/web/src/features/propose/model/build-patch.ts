import type { Definition } from '../../../lib/types';

export type PatchOp = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

/** RFC 6901: "~" and "/" inside a key are escaped, so any step or handover id makes a valid path. */
export const pointer = (...parts: string[]): string => parts.map((p) => '/' + p.replace(/~/g, '~0').replace(/\//g, '~1')).join('');

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const fieldOps = (base: string[], before: Record<string, unknown>, after: Record<string, unknown>): PatchOp[] => {
  const ops: PatchOp[] = [];
  for (const k of Object.keys(before)) if (!(k in after)) ops.push({ op: 'remove', path: pointer(...base, k) });
  for (const [k, v] of Object.entries(after)) {
    if (!(k in before)) ops.push({ op: 'add', path: pointer(...base, k), value: v });
    else if (!same(before[k], v)) ops.push({ op: 'replace', path: pointer(...base, k), value: v });
  }
  return ops;
};

const mapOps = (name: 'steps' | 'handovers', before: Record<string, object>, after: Record<string, object>): PatchOp[] => {
  const ops: PatchOp[] = [];
  for (const id of Object.keys(before)) if (!(id in after)) ops.push({ op: 'remove', path: pointer(name, id) });
  for (const [id, v] of Object.entries(after)) {
    if (!(id in before)) ops.push({ op: 'add', path: pointer(name, id), value: v });
    else ops.push(...fieldOps([name, id], before[id] as Record<string, unknown>, v as Record<string, unknown>));
  }
  return ops;
};

/**
 * The JSON Patch that turns `before` into `after`, field by field (so a reviewer reads "step s1's
 * name", not a whole new step), handovers removed before steps (a handover may name a step), lists
 * replaced whole. Pure: the property test checks that applying it to `before` gives exactly `after`.
 */
export const buildPatch = (before: Definition, after: Definition): PatchOp[] => [
  ...(before.purpose !== after.purpose ? [{ op: 'replace' as const, path: '/purpose', value: after.purpose }] : []),
  ...(!same(before.participants, after.participants) ? [{ op: 'replace' as const, path: '/participants', value: after.participants }] : []),
  ...mapOps('handovers', before.handovers, after.handovers).filter((o) => o.op === 'remove' && o.path.split('/').length === 3),
  ...mapOps('steps', before.steps, after.steps),
  ...mapOps('handovers', before.handovers, after.handovers).filter((o) => !(o.op === 'remove' && o.path.split('/').length === 3)),
];
