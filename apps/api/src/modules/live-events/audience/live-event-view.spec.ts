import type { Principal, Role } from '@samsyn/domain/shared';
import type { StoredEvent } from '@samsyn/event-store';
import { audienceOf, liveEventPayload, resourceOf } from './live-event-view';

const event = (streamId: string, over: Partial<StoredEvent> = {}): StoredEvent => ({
  id: '0190c0de-0000-7000-8000-000000000001',
  streamId,
  revision: 3n,
  position: 42n,
  type: 'StakeholderRenamed',
  schemaVersion: 1,
  data: { id: 'ksn', name: 'KS' },
  metadata: { actor: 'ada', occurredAt: '2025-01-10T09:00:00.000Z', correlationId: 'corr-1', causationId: 'cmd-1', idempotencyKey: 'key-1' },
  hash: 'h42',
  previousHash: 'h41',
  ...over,
});

const principal = (...roles: Role[]): Principal => ({ id: 'p', roles });
const AUDIT_KEYS = ['actor', 'correlationId', 'causationId', 'idempotencyKey'];

describe('live event view', () => {
  describe.each<[string, Role[]]>([
    ['an auditor', [{ role: 'auditor' }]],
    ['an admin', [{ role: 'admin' }]],
    ['a reviewer who is also an auditor', [{ role: 'reviewer', stakeholder: 'ksn' }, { role: 'auditor' }]],
  ])('given %s (GET /audit/events admits it)', (_who, roles) => {
    it('when any event is streamed, then it gets the event as the audit log shows it: data, metadata and hash links', () => {
      const e = event('stakeholder-ksn');
      expect(audienceOf(principal(...roles))).toBe('audit');
      expect(liveEventPayload(e, audienceOf(principal(...roles)))).toEqual({
        position: '42',
        streamId: 'stakeholder-ksn',
        revision: '3',
        id: e.id,
        type: 'StakeholderRenamed',
        schemaVersion: 1,
        data: e.data,
        metadata: e.metadata,
        hash: 'h42',
        previousHash: 'h41',
      });
    });

    it('when an event of a stream no read route shows is streamed, then it still gets it (the audit log has every event)', () => {
      expect(liveEventPayload(event('internal-settle'), 'audit')).toMatchObject({ streamId: 'internal-settle' });
    });
  });

  describe.each<[string, Role[]]>([
    ['a principal with no roles (it may read the catalogue)', []],
    ['a process owner', [{ role: 'process-owner', stakeholder: 'ksn' }]],
    ['a reviewer', [{ role: 'reviewer', stakeholder: 'ksn' }]],
    ['a process owner and reviewer of two stakeholders', [{ role: 'process-owner', stakeholder: 'ksn' }, { role: 'reviewer', stakeholder: 'uppsalahem' }]],
  ])('given %s (GET /audit/events answers it 403)', (_who, roles) => {
    const audience = audienceOf(principal(...roles));

    it.each([
      ['stakeholder-ksn', 'stakeholder', 'ksn'],
      ['body-styrgrupp-lokaler', 'body', 'styrgrupp-lokaler'],
      ['process-LF-01', 'process', 'LF-01'],
      ['proposal-P-7', 'proposal', 'P-7'],
      ['term-hyresavtal', 'term', 'hyresavtal'],
      ['system-fastighetssystem', 'system', 'fastighetssystem'],
    ])('when an event of %s is streamed, then it gets a notice of the %s that changed and nothing of the audit log', (streamId, kind, id) => {
      expect(audience).toBe('resources');
      const payload = liveEventPayload(event(streamId), audience);
      expect(payload).toEqual({ position: '42', type: 'StakeholderRenamed', streamId, revision: '3', occurredAt: '2025-01-10T09:00:00.000Z', resource: { kind, id } });
      const text = JSON.stringify(payload);
      for (const secret of ['ada', 'corr-1', 'cmd-1', 'key-1', 'h42', 'KS']) expect(text).not.toContain(secret);
      for (const key of [...AUDIT_KEYS, 'data', 'metadata', 'hash', 'previousHash']) expect(Object.keys(payload!)).not.toContain(key);
    });

    it('when an event of a stream no read route shows is streamed, then it gets nothing', () => {
      expect(liveEventPayload(event('internal-settle'), audience)).toBeNull();
      expect(liveEventPayload(event('stakeholder-'), audience)).toBeNull();
    });
  });

  it('resource ids keep their dashes and odd names (only the known prefix is cut)', () => {
    expect(resourceOf('process-VA-03')).toEqual({ kind: 'process', id: 'VA-03' });
    expect(resourceOf('stakeholder-constructor')).toEqual({ kind: 'stakeholder', id: 'constructor' });
    expect(resourceOf('processes-x')).toBeNull();
  });
});
