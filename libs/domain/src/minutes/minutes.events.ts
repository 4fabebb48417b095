import type { DomainEvent } from '../shared';

export type MinutesDecisionKind = 'proposal' | 'plan';

/** A decision as the minutes record it, copied from the decision itself (never retyped). */
export interface MinutesDecision {
  kind: MinutesDecisionKind;
  /** A proposal id, or a plan decision's id `<object>/<year>/<revision>`. */
  ref: string;
  outcome: 'approve' | 'reject';
  motivation: string;
  decidedBy: string;
}

export type MinutesRecorded = DomainEvent<
  'MinutesRecorded',
  { body: string; meeting: string; date: string; present: string[]; decisions: MinutesDecision[]; recordedBy: string }
>;

export type MinutesEvent = MinutesRecorded;
export const MINUTES_EVENT_TYPES: readonly MinutesEvent['type'][] = ['MinutesRecorded'];
