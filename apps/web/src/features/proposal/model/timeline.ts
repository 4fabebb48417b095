import type { Proposal } from '../../../lib/types';

export type TimelineEntry =
  | { at: string; kind: 'submitted'; by: string }
  | { at: string; kind: 'review'; stakeholder: string; verdict: string; by: string }
  | { at: string; kind: 'escalation'; toBody: string | null; reason: string; by: string }
  | { at: string; kind: 'decision'; body: string; outcome: string; by: string }
  | { at: string; kind: 'closed'; status: string; appliedRevision: number | null };

/** What happened to a proposal, oldest first: submitted, reviews, escalations, decisions, how it closed. */
export const timelineOf = (p: Proposal): TimelineEntry[] => {
  const entries: TimelineEntry[] = [{ at: p.submittedAt, kind: 'submitted', by: p.submittedBy }];
  for (const r of p.reviews) entries.push({ at: r.at, kind: 'review', stakeholder: r.stakeholder, verdict: r.verdict, by: r.reviewer });
  for (const e of p.escalations) entries.push({ at: String(e.at ?? p.submittedAt), kind: 'escalation', toBody: (e.toBody as string | null) ?? null, reason: String(e.reason ?? ''), by: String(e.by ?? '') });
  for (const d of p.decisions) entries.push({ at: String(d.at ?? p.decidedAt ?? p.submittedAt), kind: 'decision', body: d.body, outcome: d.outcome, by: String(d.decidedBy ?? d.by ?? '') });
  if (p.closedAt) entries.push({ at: p.closedAt, kind: 'closed', status: p.status, appliedRevision: p.appliedRevision });
  // Stable: entries at the same instant keep the order above (a last accept and its application share one).
  return entries.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => a.at.localeCompare(b.at) || i - j).map(([e]) => e);
};

const LEVELS = ['object', 'administration', 'portfolio'];

/** A body below the proposal's required level can only escalate or reject it (docs/product.md: mandates). */
export const isOutsideMandate = (bodyLevel: string, requiredLevel: string): boolean => LEVELS.indexOf(bodyLevel) < LEVELS.indexOf(requiredLevel);
