import { DeciderSpecification } from '../testing/decider-spec';
import { treeHeadPublicationDecider, type PublishTreeHead } from './tree-head-publication.decider';
import type { TreeHeadSigned } from './tree-head.events';

const spec = DeciderSpecification.for(treeHeadPublicationDecider);
const system = { principal: { id: 'system', roles: [] }, now: '2026-03-01T10:00:00.000Z' };
const head = (treeSize: number, timestamp = system.now): TreeHeadSigned['data'] => ({ treeSize, rootHash: 'ab'.repeat(32), timestamp, signature: 'c2ln', keyId: 'k' });
const published = (treeSize: number, timestamp: string): TreeHeadSigned => ({ type: 'TreeHeadSigned', data: head(treeSize, timestamp) });
const publish = (treeSize: number, now = system.now, policy = { everyEvents: 100, everyMs: 3_600_000 }): PublishTreeHead => ({
  type: 'PublishTreeHead',
  data: { head: head(treeSize, now), policy },
  context: { ...system, now },
});

describe('Tree head publication decider', () => {
  it('publishes the first head of a non-empty log', () => spec.given([]).when(publish(7)).then([{ type: 'TreeHeadSigned', data: head(7) }]));
  it('publishes nothing for an empty log', () => spec.given([]).when(publish(0)).then([]));
  it('publishes after N events since the last head (its own event not counted)', () =>
    spec.given([published(50, '2026-03-01T09:59:00.000Z')]).when(publish(151)).then([{ type: 'TreeHeadSigned', data: head(151) }]));
  it('waits while fewer than N events came', () => spec.given([published(50, '2026-03-01T09:59:00.000Z')]).when(publish(150)).then([]));
  it('publishes after T once the log grew', () =>
    spec.given([published(50, '2026-03-01T08:59:00.000Z')]).when(publish(53)).then([{ type: 'TreeHeadSigned', data: head(53) }]));
  it('never publishes a head of its own heads: a quiet log stays quiet after T', () =>
    spec.given([published(50, '2026-03-01T08:00:00.000Z')]).when(publish(51)).then([]));
  it('0 turns a trigger off', () => {
    spec.given([published(50, '2026-03-01T08:00:00.000Z')]).when(publish(500, system.now, { everyEvents: 0, everyMs: 0 })).then([]);
    spec.given([published(50, '2026-03-01T08:00:00.000Z')]).when(publish(500, system.now, { everyEvents: 0, everyMs: 60_000 })).thenEvents((e) => expect(e).toHaveLength(1));
  });
});
