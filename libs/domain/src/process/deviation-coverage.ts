import { applyChanges } from './apply-patch';
import type { PatchOperation, ProcessDefinition } from './definition';
import { diffDefinitions, type DefinitionDiff } from './definition-diff';

/** Named parts of a definition: what a deviation covers, and what a revision changed. */
export interface DefinitionParts {
  steps: string[];
  handovers: string[];
  purpose: boolean;
  participants: boolean;
}

export const NO_PARTS: DefinitionParts = Object.freeze({ steps: [], handovers: [], purpose: false, participants: false }) as DefinitionParts;

const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/** The steps and handovers a diff adds, removes or changes, and whether purpose or participants moved. */
export const partsOfDiff = (d: DefinitionDiff): DefinitionParts => ({
  steps: sorted([...d.steps.added, ...d.steps.removed, ...d.steps.changed.map((c) => c.id)]),
  handovers: sorted([...d.handovers.added, ...d.handovers.removed, ...d.handovers.changed.map((c) => c.id)]),
  purpose: d.purpose !== undefined,
  participants: d.participants !== undefined,
});

const decodePointer = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** When a patch no longer applies to the definition it was written for (history written before
 * coverage was recorded, a base that was never stored), the paths it writes still name the parts. */
const partsOfPaths = (changes: readonly PatchOperation[], base: ProcessDefinition | undefined): DefinitionParts => {
  const steps = new Set<string>();
  const handovers = new Set<string>();
  let purpose = false;
  let participants = false;
  for (const op of changes) {
    if (op.op === 'test') continue;
    const paths = op.op === 'move' ? [op.path, op.from] : [op.path];
    for (const path of paths) {
      const [root, id] = path.split('/').slice(1).map(decodePointer);
      if (root === 'purpose') purpose = true;
      else if (root === 'participants') participants = true;
      else if (root === 'steps') for (const s of id === undefined ? Object.keys(base?.steps ?? {}) : [id]) steps.add(s);
      else if (root === 'handovers') for (const h of id === undefined ? Object.keys(base?.handovers ?? {}) : [id]) handovers.add(h);
      else if (root === undefined || root === '') {
        // The whole document replaced: everything it had.
        for (const s of Object.keys(base?.steps ?? {})) steps.add(s);
        for (const h of Object.keys(base?.handovers ?? {})) handovers.add(h);
        purpose = participants = true;
      }
    }
  }
  return { steps: sorted(steps), handovers: sorted(handovers), purpose, participants };
};

/** A deviation covers exactly what its patch changes on the revision it was written against: a
 * patch that documents a purely local practice without touching the structure covers nothing. */
export const deviationCovers = (base: ProcessDefinition | undefined, changes: readonly PatchOperation[]): DefinitionParts => {
  if (changes.length === 0) return { ...NO_PARTS, steps: [], handovers: [] };
  if (base) {
    try {
      return partsOfDiff(diffDefinitions(base, applyChanges(base, changes as PatchOperation[])));
    } catch {
      // falls through to the paths
    }
  }
  return partsOfPaths(changes, base);
};

/** The covered parts a revision changed, or null when it changed none of them. */
export const touchedParts = (covers: DefinitionParts, changed: DefinitionParts): DefinitionParts | null => {
  const steps = covers.steps.filter((s) => changed.steps.includes(s));
  const handovers = covers.handovers.filter((h) => changed.handovers.includes(h));
  const purpose = covers.purpose && changed.purpose;
  const participants = covers.participants && changed.participants;
  return steps.length || handovers.length || purpose || participants ? { steps, handovers, purpose, participants } : null;
};

export const unionParts = (a: DefinitionParts, b: DefinitionParts): DefinitionParts => ({
  steps: sorted([...a.steps, ...b.steps]),
  handovers: sorted([...a.handovers, ...b.handovers]),
  purpose: a.purpose || b.purpose,
  participants: a.participants || b.participants,
});

/** The parts revision `n` changed against revision `n - 1`. */
export const partsChangedBy = (revisions: Record<number, ProcessDefinition>, n: number): DefinitionParts =>
  revisions[n - 1] && revisions[n] ? partsOfDiff(diffDefinitions(revisions[n - 1], revisions[n])) : NO_PARTS;
