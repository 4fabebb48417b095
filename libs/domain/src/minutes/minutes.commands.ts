import type { DomainCommand } from '../shared';
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import type { MinutesDecisionKind } from './minutes.events';

/** A decision as its source knows it: who decided what, at which body. */
export interface DecisionSource {
  body: string;
  outcome: 'approve' | 'reject';
  motivation: string;
  decidedBy: string;
}

/** `decisions` maps `<kind>:<ref>` to the decisions that source holds, read by the application
 * from the proposal's or the plan's stream; a ref absent from the map was never decided. */
export type RecordMinutes = DomainCommand<
  'RecordMinutes',
  { body: string; meeting: string; date: string; present: string[]; decisions: { kind: MinutesDecisionKind; ref: string }[] }
> & { refs: { body?: GovernanceBodyState; decisions: Record<string, DecisionSource[]> } };

export type MinutesCommand = RecordMinutes;

export const decisionKey = (kind: string, ref: string): string => `${kind}:${ref}`;
