import { DomainError, type Principal } from '@samsyn/domain/shared';
import type { ExecutionOptions, ExecutionResult, SamsynCommands } from '@samsyn/application/application.port';
import type { EventStore, StoredEvent, SubscribeOptions } from '@samsyn/event-store';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import pino from 'pino';
import type { ApiDependencies } from '../api.module';
import { hs256Verifier, signHs256Token } from '../infrastructure/auth/token-verifier';
import { configFromEnv } from '../infrastructure/config/api-config';
import { createMetrics } from '../infrastructure/metrics/metrics';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export const tokenFor = (sub: string, roles: Principal['roles'], name = sub): Promise<string> => signHs256Token({ sub, name, roles }, TEST_SECRET, '1h');

/** An in-memory store: enough of the port for the HTTP layer's own tests. */
export class FakeStore implements Partial<EventStore> {
  events: StoredEvent[] = [];
  private listeners = new Set<SubscribeOptions>();

  record(streamId: string, type: string, data: unknown, actor: string): StoredEvent {
    const revision = BigInt(this.events.filter((e) => e.streamId === streamId).length);
    const event: StoredEvent = {
      id: `e${this.events.length + 1}`,
      streamId,
      revision,
      position: BigInt(this.events.length + 1),
      type,
      schemaVersion: 1,
      data,
      metadata: { actor, occurredAt: new Date(Date.UTC(2024, 0, 1, 0, this.events.length)).toISOString(), correlationId: 'c', causationId: null },
      hash: 'h',
      previousHash: 'p',
    };
    this.events.push(event);
    for (const l of this.listeners) void l.onEvent(event);
    return event;
  }
  async headPosition(): Promise<bigint | null> {
    return this.events.length === 0 ? null : BigInt(this.events.length);
  }
  async streamRevision(streamId: string): Promise<bigint | null> {
    const n = this.events.filter((e) => e.streamId === streamId).length;
    return n === 0 ? null : BigInt(n - 1);
  }
  async readStream(streamId: string, options?: { direction?: 'forwards' | 'backwards' }): Promise<StoredEvent[]> {
    const es = this.events.filter((e) => e.streamId === streamId);
    return options?.direction === 'backwards' ? es.reverse() : es;
  }
  subscribe(options: SubscribeOptions): { caughtUp: Promise<void>; stop(): Promise<void> } {
    for (const e of this.events) if (options.after === undefined || e.position > options.after) void options.onEvent(e);
    this.listeners.add(options);
    return { caughtUp: Promise.resolve(), stop: async () => void this.listeners.delete(options) };
  }
  async verifyChain() {
    return { ok: true, checked: this.events.length, headPosition: await this.headPosition(), headHash: 'h' };
  }
}

const admins = (p: Principal): boolean => p.roles.some((r) => r.role === 'admin');

/** Records calls; refuses like the domain would for a few recognisable inputs. */
export const fakeCommands = (store: FakeStore) => {
  const calls: { method: string; args: unknown[]; options: ExecutionOptions }[] = [];
  const replies = new Map<string, ExecutionResult>();
  const write = async (method: string, stream: string, args: unknown[], options: ExecutionOptions, resource: unknown): Promise<ExecutionResult> => {
    calls.push({ method, args, options });
    if (options.idempotencyKey && replies.has(options.idempotencyKey)) return { ...replies.get(options.idempotencyKey)!, replayed: true };
    const current = await store.streamRevision(stream);
    if (options.ifMatch !== undefined && options.ifMatch !== current) {
      throw Object.assign(new Error(`stream ${stream} is at ${current}`), { name: 'StaleRevisionError', expected: options.ifMatch, actual: current });
    }
    const e = store.record(stream, method, resource, options.principal?.id ?? 'system');
    const result: ExecutionResult = { streamId: stream, revision: e.revision, position: e.position, replayed: false, resource };
    if (options.idempotencyKey) replies.set(options.idempotencyKey, result);
    return result;
  };
  const adminOnly = (o: ExecutionOptions) => {
    if (!admins(o.principal)) throw new DomainError('NOT_ALLOWED', 'admins only');
  };
  const commands: SamsynCommands = {
    async registerStakeholder(d, o) {
      adminOnly(o);
      if (d.id === 'taken') throw new DomainError('ALREADY_EXISTS', 'taken');
      if (d.id === 'racing') throw Object.assign(new Error('conflict'), { name: 'ConcurrencyError', code: 'CONCURRENCY_CONFLICT' });
      if (d.id === 'boom') throw new Error('a bug');
      return write('registerStakeholder', `stakeholder-${d.id}`, [d], o, { ...d, retired: false });
    },
    async renameStakeholder(id, d, o) {
      adminOnly(o);
      if (id === 'ghost') throw new DomainError('NOT_FOUND', 'no such stakeholder');
      return write('renameStakeholder', `stakeholder-${id}`, [id, d], o, { id, ...d });
    },
    retireStakeholder: async (id, d, o) => write('retireStakeholder', `stakeholder-${id}`, [id, d], o, { id, retired: true }),
    establishBody: async (d, o) => write('establishBody', `body-${d.id}`, [d], o, d),
    setBodyMembers: async (id, d, o) => write('setBodyMembers', `body-${id}`, [id, d], o, { id, ...d }),
    defineTerm: async (d, o) => write('defineTerm', `term-${d.id}`, [d], o, d),
    reviseTerm: async (id, d, o) => write('reviseTerm', `term-${id}`, [id, d], o, { id, ...d }),
    deprecateTerm: async (id, d, o) => write('deprecateTerm', `term-${id}`, [id, d], o, { id, ...d }),
    mapSynonym: async (id, d, o) => write('mapSynonym', `term-${id}`, [id, d], o, { id, ...d }),
    registerSystem: async (d, o) => write('registerSystem', `system-${d.id}`, [d], o, d),
    retireSystem: async (id, d, o) => write('retireSystem', `system-${id}`, [id, d], o, { id, ...d }),
    registerProcess: async (d, o) => write('registerProcess', `process-${d.id}`, [d], o, d),
    submitProposal: async (pid, d, o) =>
      write('submitProposal', `proposal-${d.id ?? 'p1'}`, [pid, d], o, { id: d.id ?? 'p1', processId: pid, status: 'submitted' }) as never,
    amendProposal: async (id, d, o) => write('amendProposal', `proposal-${id}`, [id, d], o, { id }) as never,
    withdrawProposal: async (id, d, o) => write('withdrawProposal', `proposal-${id}`, [id, d], o, { id, status: 'withdrawn' }) as never,
    async reviewProposal(id, d, o) {
      if (!o.principal.roles.some((r) => r.role === 'reviewer' && r.stakeholder === d.stakeholder)) throw new DomainError('NOT_ALLOWED', 'not a reviewer of that stakeholder');
      return write('reviewProposal', `proposal-${id}`, [id, d], o, { id, status: 'submitted' }) as never;
    },
    async decideProposal(id, d, o) {
      if (d.body === 'object-body') throw new DomainError('OUTSIDE_MANDATE', 'the object body cannot decide a portfolio-level proposal');
      return write('decideProposal', `proposal-${id}`, [id, d], o, { id, status: 'approved' }) as never;
    },
    setNotificationPreferences: async (p, d, o) => write('setNotificationPreferences', `recipient-${p}`, [p, d], o, { principal: p, ...d }),
    registerEmailAddress: async (p, d, o) => write('registerEmailAddress', `recipient-${p}`, [p, d], o, { principal: p, ...d }),
    setAdoptionTargets: async (pid, d, o) => write('setAdoptionTargets', `process-${pid}`, [pid, d], o, { processId: pid, ...d }),
    recordAdoption: async (pid, d, o) => write('recordAdoption', `process-${pid}`, [pid, d], o, { processId: pid, ...d }),
    escalateOverdue: async (id, o) => write('escalateOverdue', `proposal-${id}`, [id], { ...o, principal: { id: 'system', roles: [] } }, { id, status: 'escalated' }) as never,
    settlePending: async (id, o) => write('settlePending', `proposal-${id}`, [id], { ...o, principal: { id: 'system', roles: [] } }, { id, status: 'applied' }) as never,
  };
  return { commands, calls };
};

/** The read side with loose answers: a fake names only the fields its tests read. */
type FakeReadModelQueries = { [K in keyof ReadModelQueries]: (...args: Parameters<ReadModelQueries[K]>) => Promise<unknown> };

export const fakeQueries = (store: FakeStore, overrides: Partial<FakeReadModelQueries> = {}): FakeReadModelQueries & { asOfs: unknown[]; pages: unknown[] } => {
  const asOfs: unknown[] = [];
  const pages: unknown[] = [];
  const seen = <T>(asOf: unknown, v: T): Promise<T> => {
    asOfs.push(asOf);
    return Promise.resolve(v);
  };
  return {
    asOfs,
    pages,
    waitForPosition: async () => true,
    catalogue: (a) => seen(a, [{ id: 'LF-01', headRevision: 1n }]),
    process: (id, a) => seen(a, id === 'LF-01' ? { id, headRevision: 1 } : null),
    revisions: (id, a) => seen(a, id === 'LF-01' ? [{ revision: 1 }] : null),
    revision: (id, n, a) => seen(a, id === 'LF-01' && n === 1 ? { purpose: 'p' } : null),
    diff: (id, f, t, a) => seen(a, id === 'LF-01' ? { from: f, to: t, steps: { added: [], removed: [], changed: [] } } : null),
    deviationDiff: (id, s, a) => seen(a, id === 'LF-01' && s === 'ksn' ? { processId: id, stakeholder: s, status: 'needs-reapproval' } : null),
    proposals: (f, a) => seen(a, [{ id: 'p1', status: f.status ?? 'submitted' }]),
    proposal: (id, a) => seen(a, id === 'p1' ? { id, status: 'submitted' } : null),
    stakeholders: (a) => seen(a, [{ id: 'ksn' }]),
    stakeholderHistory: (id, a, page) => {
      if (page) pages.push(page);
      return seen(a, id === 'ksn' ? [] : null);
    },
    bodies: (a) => seen(a, []),
    terms: (a) => seen(a, []),
    systems: (a) => seen(a, []),
    auditEvents: (f, a) => seen(a, { events: store.events.filter((e) => f.after === undefined || e.position > f.after).slice(0, f.limit), nextAfter: null }),
    harmonizationReport: (a) => seen(a, { overall: 0.5, processes: [{ process: 'LF-01', stakeholder: 'ksn', status: 'harmonized' }, { process: 'LF-01', stakeholder: 'uppsalahem', status: 'behind, "late"' }] }),
    harmonizationSeries: (ends, interval) => Promise.resolve({ interval, points: ends.map((at) => ({ at, overall: { index: 0.5 } })) }),
    governanceReport: (a) => seen(a, { decisionsPerLevel: [{ level: 'object', count: 2 }], escalationRate: 0.5 }),
    nomenclatureReport: (a) => seen(a, { coverage: [{ process: 'LF-01', share: 1 }] }),
    myTasks: (principal, _o, a) => seen(a, { principal: principal.id, counts: { review: 0, decision: 0, 'own-proposal': 0, adoption: 0, 'process-review': 0 }, total: 0, tasks: [] }),
    dueReminders: () => Promise.resolve([]),
    reviewsReport: (on, w, a) => seen(a, { on, dueWithinDays: w, processes: [], due: [], overdue: [{ processId: 'LF-01', name: 'L', owner: 'anna', nextDue: '2025-01-01', daysOverdue: 9 }], withoutCycle: [] }),
    processReview: (id, _on, a) => seen(a, id === 'LF-01' ? { processId: id, cycle: null, lastReview: null, view: null } : null),
    reviewsToNotify: () => Promise.resolve([]),
    ...overrides,
  };
};

export const fakeDependencies = (overrides: Partial<ApiDependencies> = {}) => {
  const store = new FakeStore();
  const { commands, calls } = fakeCommands(store);
  const queries = fakeQueries(store);
  const config = { ...configFromEnv({}), overdueSweepIntervalMs: 0, reminders: { ...configFromEnv({}).reminders!, sweepIntervalMs: 0 }, writeRateLimit: { limit: 1000, ttlMs: 60_000 } };
  const deps: ApiDependencies = {
    config,
    commands,
    queries: queries as unknown as ReadModelQueries,
    store: store as unknown as EventStore,
    progress: { position: () => store.headPosition() },
    verifier: hs256Verifier(TEST_SECRET),
    clock: { now: () => '2024-06-01T00:00:00.000Z' },
    logger: pino({ level: 'silent' }),
    metrics: createMetrics(async () => 0),
    ...overrides,
  };
  return { deps, store, calls, queries };
};
