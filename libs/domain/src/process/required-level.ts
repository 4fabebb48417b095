import { levelRank, type GovernanceLevel } from '../governance-body/governance-level';
import type { ProcessDefinition, Step } from './definition';
import { diffDefinitions, sameSet } from './definition-diff';

const hasTerms = (step: Step | undefined): boolean => (step?.terms?.length ?? 0) > 0;

/** Why a change needs the level it needs: each rule of docs/product.md that the change meets. */
export type LevelReason =
  | { level: 'portfolio'; code: 'participants'; added: string[]; removed: string[] }
  | { level: 'portfolio'; code: 'terms'; steps: string[] }
  | { level: 'administration'; code: 'purpose' }
  | { level: 'administration'; code: 'handovers'; handovers: string[] }
  | { level: 'administration' | 'object'; code: 'performers'; stakeholders: string[] };

/**
 * The rules of docs/product.md a change meets, computed from the structural difference rather than
 * from the patch paths, so no patch shape (a whole-object replace, a move, a copy) can make a
 * change look smaller than it is. The required level is the highest of them.
 */
export const levelReasons = (before: ProcessDefinition, after: ProcessDefinition): LevelReason[] => {
  const diff = diffDefinitions(before, after);
  const reasons: LevelReason[] = [];
  if (diff.participants) reasons.push({ level: 'portfolio', code: 'participants', added: diff.participants.added, removed: diff.participants.removed });
  const termSteps = [
    ...diff.steps.added.filter((id) => hasTerms(after.steps[id])),
    ...diff.steps.removed.filter((id) => hasTerms(before.steps[id])),
    ...diff.steps.changed.filter(({ id }) => !sameSet(before.steps[id].terms, after.steps[id].terms)).map(({ id }) => id),
  ];
  if (termSteps.length) reasons.push({ level: 'portfolio', code: 'terms', steps: termSteps });
  if (diff.purpose) reasons.push({ level: 'administration', code: 'purpose' });
  const handovers = [...diff.handovers.added, ...diff.handovers.removed, ...diff.handovers.changed.map((c) => c.id)];
  if (handovers.length) reasons.push({ level: 'administration', code: 'handovers', handovers });
  // A step whose performer changes touches both the old and the new performer.
  const performers = [
    ...new Set<string>([
      ...diff.steps.added.map((id) => after.steps[id].performer),
      ...diff.steps.removed.map((id) => before.steps[id].performer),
      ...diff.steps.changed.flatMap(({ id }) => [before.steps[id].performer, after.steps[id].performer]),
    ]),
  ].sort();
  if (performers.length) reasons.push({ level: performers.length >= 2 ? 'administration' : 'object', code: 'performers', stakeholders: performers });
  return reasons;
};

/** The level that must agree to a change (docs/product.md): the highest rule it meets, `object` when none. */
export const requiredLevel = (before: ProcessDefinition, after: ProcessDefinition): GovernanceLevel =>
  levelReasons(before, after).reduce<GovernanceLevel>((level, r) => (levelRank(r.level) > levelRank(level) ? r.level : level), 'object');
