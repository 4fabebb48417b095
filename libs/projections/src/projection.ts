import type { EventMetadata, LeanStoredEvent } from '@samsyn/event-store';
import { upcast } from '@samsyn/domain/upcasting/upcast';
import type { GovernanceBodyEvent } from '@samsyn/domain/governance-body/governance-body.events';
import type { ProcessEvent } from '@samsyn/domain/process/process.events';
import type { ProposalEvent } from '@samsyn/domain/proposal/proposal.events';
import type { StakeholderEvent } from '@samsyn/domain/stakeholder/stakeholder.events';
import type { SystemEvent } from '@samsyn/domain/system/system.events';
import type { TermEvent } from '@samsyn/domain/term/term.events';
import type { RecipientEvent } from '@samsyn/domain/recipient/recipient.events';
import type { CommentThreadEvent } from '@samsyn/domain/comment-thread/comment-thread.events';
import type { ManagementObjectEvent } from '@samsyn/domain/management-object/management-object.events';
import type { ManagementPlanEvent } from '@samsyn/domain/management-plan/management-plan.events';
import type { MinutesEvent } from '@samsyn/domain/minutes/minutes.events';
import type { ReminderEvent } from '@samsyn/domain/reminder/reminder.events';
import type { ProcessReviewEvent } from '@samsyn/domain/process-review/process-review.events';

export type SamsynEvent =
  | StakeholderEvent
  | GovernanceBodyEvent
  | TermEvent
  | SystemEvent
  | ProcessEvent
  | ProposalEvent
  | RecipientEvent
  | CommentThreadEvent
  | ManagementObjectEvent
  | ManagementPlanEvent
  | MinutesEvent
  | ReminderEvent
  | ProcessReviewEvent;

/** The upcast domain event plus where and when it happened. */
export type ProjectedEvent = SamsynEvent & {
  streamId: string;
  revision: bigint;
  position: bigint;
  metadata: EventMetadata;
};

/**
 * A projection is a pure fold. States are JSON (maps keyed by id, bigints as strings) so they can
 * be persisted and snapshotted by JSON.stringify. A map keyed by ids is a dict (no prototype,
 * @samsyn/domain/shared/dict): ids are the clients', and `constructor` or `__proto__` must be an
 * entry like any other, not Object.prototype's.
 *
 * `apply` MAY mutate the state it is given and return it: a rebuild of a million events cannot
 * afford a copy per event. That is safe because the runtime never shares a live state object:
 * persisted states and snapshots are serialised at the moment they are taken, and every state
 * loaded from storage is a fresh JSON.parse.
 */
export interface Projection<S = unknown> {
  readonly name: string;
  /** Bump when the state shape or the fold changes: stored states of another version are dropped. */
  readonly version: number;
  initialState(): S;
  apply(state: S, event: ProjectedEvent): S;
  /** A state read back from JSON (a saved state, a snapshot, also one saved by an earlier
   * version) made fit for `apply` and the queries again: its maps keyed by id become dicts. */
  revive?(state: S): S;
  /** The only event types `apply` reacts to, when it ignores all others: a replay for time travel
   * then asks the store for these alone. Omit it to be fed every event. */
  readonly eventTypes?: readonly string[];
  /** A fixed interval between this projection's time-travel snapshots, for a small state whose
   * as-of answers replay from them (the catalogue). Default: the runner's, spaced by their cost. */
  readonly snapshotEvery?: number;
  /** Save at every `persistEvery` whatever a save costs: the state is what was folded since the
   * last save (a row-stored read model, docs/read-model-storage.md), so spacing saves would grow it. */
  readonly fixedSaveInterval?: boolean;
}

export type AnyProjection = Projection<any>;

/** The key a projection's saved state and snapshots are kept under: a new version starts afresh. */
export const stateKeyOf = (p: AnyProjection): string => `${p.name}@v${p.version}`;

/** A loaded state as its projection folds it (see Projection.revive). */
export const reviveState = <S>(projection: AnyProjection, state: unknown): S => (projection.revive ? projection.revive(state) : state) as S;

/** What a projection needs of a stored event: not its id nor its hash chain. */
export type ProjectableEvent = LeanStoredEvent;

export type Upcaster = (stored: ProjectableEvent) => { type: string; data: unknown };

/** Older schema versions are read in today's shape (the domain's upcaster registry). */
export const domainUpcast: Upcaster = (stored) => upcast(stored);

export const toProjectedEvent = (stored: ProjectableEvent, upcaster: Upcaster = domainUpcast): ProjectedEvent => {
  const { type, data } = upcaster(stored);
  // Already in today's shape (nearly every event): the stored event serves as it is — one
  // object fewer per event of a rebuild. Projections read events, they never change them.
  if (type === stored.type && data === stored.data) return stored as unknown as ProjectedEvent;
  return {
    type,
    data,
    streamId: stored.streamId,
    revision: stored.revision,
    position: stored.position,
    metadata: stored.metadata,
  } as ProjectedEvent;
};
