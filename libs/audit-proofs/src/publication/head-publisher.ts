import { randomUUID, type KeyObject } from 'node:crypto';
import { ConcurrencyError } from '@samsyn/event-store';
import { TREE_HEAD_STREAM, treeHeadPublicationDecider, type PublicationPolicy, type TreeHeadEvent } from '@samsyn/domain/audit';
import type { SignedTreeHead } from '../heads/signed-head';
import { storeProofs, type ProvableStore } from '../service/proofs-for-store';
import type { HeadOutlet } from './head-outlets';

export interface HeadPublisherOptions {
  store: ProvableStore;
  signingKey: () => KeyObject;
  now: () => string;
  policy: PublicationPolicy;
  outlets: HeadOutlet[];
  /** An outlet that failed: the head is in the log all the same, the next one goes out again. */
  onOutletError?: (outlet: HeadOutlet, error: unknown) => void;
}

/**
 * Publishes a signed tree head when the decider says one is due: as a `TreeHeadSigned` event in
 * the log's own `audit-tree-heads` stream (appended with the revision it read, so two servers on
 * one store publish each head once), then to every outlet.
 */
export function headPublisher(o: HeadPublisherOptions) {
  const proofs = storeProofs(o.store);
  return {
    /** One check; the head it published, or null when none was due. */
    async tick(): Promise<SignedTreeHead | null> {
      const [last] = await o.store.readStream(TREE_HEAD_STREAM, { direction: 'backwards', maxCount: 1 });
      const state = last ? treeHeadPublicationDecider.evolve(treeHeadPublicationDecider.initialState(), last as unknown as TreeHeadEvent) : treeHeadPublicationDecider.initialState();
      const now = o.now();
      const head = await proofs.signedHead(o.signingKey(), now);
      const events = treeHeadPublicationDecider.decide({ type: 'PublishTreeHead', data: { head, policy: o.policy }, context: { principal: { id: 'system', roles: [] }, now } }, state);
      if (events.length === 0) return null;
      try {
        await o.store.append(
          TREE_HEAD_STREAM,
          events.map((e) => ({ type: e.type, schemaVersion: 1, data: e.data, metadata: { actor: 'system', occurredAt: now, correlationId: randomUUID(), causationId: null } })),
          { expectedRevision: last ? last.revision : 'no-stream' },
        );
      } catch (e) {
        if (e instanceof ConcurrencyError) return null; // another server published it
        throw e;
      }
      for (const outlet of o.outlets) await outlet.publish(head).catch((e) => o.onOutletError?.(outlet, e));
      return head;
    },
  };
}
