import { dict } from '@samsyn/domain/shared/dict';
import type { ProcessHistoryState } from '../projections/process-history.projection';
import type { ProposalRecord } from '../projections/proposals.projection';

/**
 * As-of reads cut from the live state, for the read models whose entries are only appended, in
 * position order, and never change once written (process history, stakeholder history), and for
 * records that say when they last changed (proposals). No snapshot and no replay: a binary search.
 * Positions are decimal strings in the states.
 */

/** a ≤ b for non-negative decimal strings without leading zeros. */
export const positionLte = (a: string, b: string): boolean => a.length < b.length || (a.length === b.length && a <= b);

/** How many leading entries of a list sorted by position lie at or before `at`. */
export const countUpTo = <T>(list: readonly T[], at: string, positionOf: (t: T) => string): number => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positionLte(positionOf(list[mid]), at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const upTo = <T>(list: readonly T[], at: string, positionOf: (t: T) => string): T[] => {
  const n = countUpTo(list, at, positionOf);
  return n === list.length ? (list as T[]) : list.slice(0, n);
};

const ownPosition = (x: { position: string }) => x.position;
const itself = (x: string) => x;

/** One process's revisions and adoptions as of `at` (null: not registered yet). */
export const processHistoryAt = (p: ProcessHistoryState['processes'][string] | undefined, at: string) => {
  if (!p) return null;
  const revisions = upTo(p.revisions, at, ownPosition);
  return revisions.length === 0 ? null : { revisions, adoptions: upTo(p.adoptions, at, ownPosition) };
};

/** The whole history state as of `at` (what the reports read; decisions pending then are not kept). */
export const processHistoryStateAt = (s: ProcessHistoryState, at: string): ProcessHistoryState => {
  const processes: ProcessHistoryState['processes'] = dict();
  for (const [id, p] of Object.entries(s.processes)) {
    const cut = processHistoryAt(p, at);
    if (cut) processes[id] = cut;
  }
  return { processes, pendingDecisions: dict() };
};

/** A stakeholder's history positions as of `at`. */
export const positionsUpTo = (positions: readonly string[] | undefined, at: string): string[] => (positions ? upTo(positions, at, itself) : []);

/**
 * A proposal as of `at`: absent before its submission, the live record once it stopped changing,
 * otherwise refolded from its own stream up to `at` (a proposal's events are all in its stream).
 */
export const proposalAt = async (
  p: ProposalRecord,
  at: string,
  refold: (p: ProposalRecord, at: bigint) => Promise<ProposalRecord | undefined>,
): Promise<ProposalRecord | undefined> => {
  if (!positionLte(p.position, at)) return undefined;
  if (positionLte(p.lastPosition, at)) return p;
  return refold(p, BigInt(at));
};
