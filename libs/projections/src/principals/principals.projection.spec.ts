import { sqliteEventStore } from '@samsyn/store-sqlite';
import { ProjectionQueries } from '../queries/projection-queries';
import { bodyEstablished, bodyMembersChanged, processRegistered, proposalSubmitted, reviewSubmitted } from '../testing/given-events';
import { HistoryWriter } from '../testing/history-writer';
import { projectionSpec } from '../testing/projection-spec';
import { principalsProjection } from './principals.projection';

const spec = projectionSpec(principalsProjection);
const ids = (s: { principals: Record<string, unknown> }) => Object.keys(s.principals).sort();

describe('principals projection: who the log knows', () => {
  it('process owners, submitters and reviewers', () =>
    spec.given([processRegistered(), proposalSubmitted('p1')]).when(reviewSubmitted('p1', 'ksn')).then((s) => expect(ids(s)).toEqual(expect.arrayContaining(['kalle']))));
  it('body members, also added later; the first mention of an id dates it', () =>
    spec.given([bodyEstablished('obj', 'object', ['olle'])]).when(bodyMembersChanged('obj', ['olle', 'nina'], ['nina'], [])).then((s) => {
      expect(ids(s)).toEqual(expect.arrayContaining(['nina', 'olle']));
      expect(s.principals.nina.since).toBe('2026-01-01T00:01:00.000Z');
    }));
  it('principals with preferences or an address, and commenters', () => {
    spec.given([]).when({ type: 'EmailAddressRegistered', data: { principal: 'rita', address: 'r@x.se', registeredBy: 'ada' } }).then((s) => expect(ids(s)).toEqual(['rita']));
    spec.given([]).when({ type: 'CommentPosted', data: { threadId: 't', subject: { kind: 'process', processId: 'x' }, commentId: '1', text: 'x', mentions: [], postedBy: 'constructor' } }).then((s) => expect(ids(s)).toEqual(['constructor']));
  });
  it('other events change nothing', () => spec.given([]).when({ type: 'StakeholderRegistered', data: { id: 'ksn', name: 'K', kind: 'committee' } }).thenUnchanged());
});

describe('known principals as of a past position', () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const q = new ProjectionQueries({ store });
  let first: bigint;
  beforeAll(async () => {
    const w = new HistoryWriter(store);
    first = await w.emit('recipient-rita', { type: 'EmailAddressRegistered', data: { principal: 'rita', address: 'r@x.se', registeredBy: 'ada' } });
    await w.emit('recipient-ulf', { type: 'EmailAddressRegistered', data: { principal: 'ulf', address: 'u@x.se', registeredBy: 'ada' } });
  });
  afterAll(() => store.close());
  it('now both, by prefix one; as of the first only rita', async () => {
    expect((await q.principals(undefined)).map((p) => p.id)).toEqual(['rita', 'ulf']);
    expect((await q.principals(undefined, 'U')).map((p) => p.id)).toEqual(['ulf']);
    expect((await q.principals({ position: first })).map((p) => p.id)).toEqual(['rita']);
  });
});
