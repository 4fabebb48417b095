/** A row of the proposal board, as far as the deadline rule needs it. */
interface BoardRow {
  id?: unknown;
  status?: unknown;
  reviewDeadline?: unknown;
  version?: unknown;
  reviewers?: unknown;
  reviews?: unknown;
  awaitingReviewFrom?: unknown;
}

/**
 * Proposals still in review whose deadline has passed with reviews missing. The domain re-checks
 * all of it when the escalation is decided; this only avoids asking about proposals that cannot qualify.
 */
export const overdueProposalIds = (rows: readonly unknown[], now: string): string[] => {
  const t = Date.parse(now);
  return rows.flatMap((raw) => {
    const r = (raw ?? {}) as BoardRow;
    if (typeof r.id !== 'string' || r.status !== 'submitted' || typeof r.reviewDeadline !== 'string') return [];
    if (!(Date.parse(r.reviewDeadline) <= t)) return [];
    if (Array.isArray(r.awaitingReviewFrom)) return r.awaitingReviewFrom.length > 0 ? [r.id] : [];
    if (Array.isArray(r.reviewers) && Array.isArray(r.reviews)) {
      const reviewed = new Set(
        (r.reviews as { stakeholder?: unknown; version?: unknown }[])
          .filter((x) => r.version === undefined || x.version === undefined || x.version === r.version)
          .map((x) => x.stakeholder),
      );
      if ((r.reviewers as unknown[]).every((s) => reviewed.has(s))) return [];
    }
    return [r.id];
  });
};
