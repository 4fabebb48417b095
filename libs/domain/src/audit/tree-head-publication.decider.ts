import type { Decider, DomainCommand } from '../shared';
import type { TreeHeadEvent, TreeHeadSigned } from './tree-head.events';

export interface PublicationPolicy {
  /** A head after this many events since the last (0: never by count). */
  everyEvents: number;
  /** A head when this long has passed since the last and the log grew (0: never by time). */
  everyMs: number;
}

export type TreeHeadState = { published: false } | { published: true; treeSize: number; timestamp: string };

/** The publisher proposes the head of the tree as it is now (signed at the edge: the domain
 * holds no key); the decider says whether it is due. */
export type PublishTreeHead = DomainCommand<'PublishTreeHead', { head: TreeHeadSigned['data']; policy: PublicationPolicy }>;

/**
 * When a head is due. The published heads are events of the log too, so they do not count as
 * growth: a quiet store does not publish a head of its own heads forever, while any other event
 * since the last head makes the next one due by time.
 */
const decide = ({ data, context }: PublishTreeHead, state: TreeHeadState): TreeHeadEvent[] => {
  const { head, policy } = data;
  const signed: TreeHeadSigned = { type: 'TreeHeadSigned', data: head };
  if (!state.published) return head.treeSize > 0 ? [signed] : [];
  // The last head's own event is one of the events after it.
  const grownBy = head.treeSize - state.treeSize - 1;
  if (grownBy <= 0) return [];
  if (policy.everyEvents > 0 && grownBy >= policy.everyEvents) return [signed];
  if (policy.everyMs > 0 && Date.parse(context.now) - Date.parse(state.timestamp) >= policy.everyMs) return [signed];
  return [];
};

const evolve = (_state: TreeHeadState, event: TreeHeadEvent): TreeHeadState => ({ published: true, treeSize: event.data.treeSize, timestamp: event.data.timestamp });

export const treeHeadPublicationDecider: Decider<PublishTreeHead, TreeHeadEvent, TreeHeadState> = {
  decide,
  evolve,
  initialState: () => ({ published: false }),
};
