import type { PatchOperation, ProcessDefinition } from './definition';
import { diffDefinitions } from './definition-diff';

const pointer = (...segments: string[]): string => '/' + segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * The JSON Patch that turns `before` into `after`, one operation per step or handover that
 * changed (a whole entry replaced), so a reviewer sees exactly what moved and the required level
 * comes out as for a hand-written proposal. Removals of handovers come first, so no operation in
 * between leaves a handover pointing at a removed step longer than the patch lasts.
 */
export const definitionPatch = (before: ProcessDefinition, after: ProcessDefinition): PatchOperation[] => {
  const d = diffDefinitions(before, after);
  const ops: PatchOperation[] = [];
  for (const id of d.handovers.removed) ops.push({ op: 'remove', path: pointer('handovers', id) });
  for (const id of d.steps.removed) ops.push({ op: 'remove', path: pointer('steps', id) });
  if (d.purpose) ops.push({ op: 'replace', path: '/purpose', value: after.purpose });
  if (d.participants) ops.push({ op: 'replace', path: '/participants', value: after.participants });
  for (const id of d.steps.added) ops.push({ op: 'add', path: pointer('steps', id), value: after.steps[id] });
  for (const { id } of d.steps.changed) ops.push({ op: 'replace', path: pointer('steps', id), value: after.steps[id] });
  for (const id of d.handovers.added) ops.push({ op: 'add', path: pointer('handovers', id), value: after.handovers[id] });
  for (const { id } of d.handovers.changed) ops.push({ op: 'replace', path: pointer('handovers', id), value: after.handovers[id] });
  return ops;
};
