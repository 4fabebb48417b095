import type { ExecutionOptions, SystemExecutionOptions } from '@samsyn/application/execution';
import type { SamsynUseCases } from '@samsyn/application/use-cases.port';
import { storePort } from '@samsyn/application/write-side';
import type { Principal } from '@samsyn/domain/shared';
import type { EventStore } from '@samsyn/event-store';
import type { AsOf, HistoryPage, ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import pino from 'pino';
import type { ApiDependencies } from '../api.module';
import { openRuntime, type SamsynRuntime } from '../bootstrap/samsyn-runtime';
import { hs256Verifier, signHs256Token } from '../infrastructure/auth/token-verifier';
import { configFromEnv } from '../infrastructure/config/api-config';
import { createMetrics } from '../infrastructure/metrics/metrics';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

/** The clock of the HTTP layer's tests: the application decides with it, the sweeps compare with it. */
export const TEST_NOW = '2024-06-01T00:00:00.000Z';

export const tokenFor = (sub: string, roles: Principal['roles'], name = sub): Promise<string> => signHs256Token({ sub, name, roles }, TEST_SECRET, '1h');

type UseCase = keyof SamsynUseCases;

/** A use case the HTTP layer called: its arguments (ids, the typed input) and its options. */
export interface UseCaseCall {
  method: UseCase;
  args: unknown[];
  options: ExecutionOptions & SystemExecutionOptions;
}

export interface TestDependencies {
  deps: ApiDependencies;
  /** The real write and read side the dependencies wrap; a test builds its world through runtime.application. */
  runtime: SamsynRuntime;
  store: EventStore;
  /** Every use case the HTTP layer called, in order. */
  calls: UseCaseCall[];
  /** The read side the HTTP layer reads, recording the asOf of the catalogue and stakeholder-history
   * reads and the history pages asked (what the HTTP tests look at). A test may replace one read
   * (a board a sweep sees, a value no read model answers); every other read is the real one. */
  queries: ReadModelQueries & { asOfs: AsOf[]; pages: HistoryPage[] };
  /** The next call of `useCase` fails with `error` instead of running: for a test that names the
   * error it wants (a lost race, a fault), which the real application cannot be made to give. */
  failNext(useCase: UseCase, error: unknown): void;
  /** Resolves when every read model has applied every event written so far. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

/**
 * What the HTTP layer runs on, as the server builds it (bootstrap/samsyn-runtime.ts) over a store
 * in memory: the real application, read models and store. Nothing answers in their place except
 * what a test replaces itself (failNext, a read).
 */
export const testDependencies = async (options: { portOnly?: boolean } = {}): Promise<TestDependencies> => {
  const clock = { now: () => TEST_NOW };
  const embedded = sqliteEventStore({ path: ':memory:' });
  // Only the port: no Merkle tree, no fast reads (what a third-party adapter offers).
  const store = options.portOnly ? storePort(embedded) : embedded;
  // SAMSYN_READ_MODEL_ROWS runs the HTTP specs over the row-stored read models too.
  const runtime = await openRuntime({ store, clock, projectionsPath: ':memory:', readModelRows: configFromEnv({ SAMSYN_READ_MODEL_ROWS: process.env.SAMSYN_READ_MODEL_ROWS }).readModelRows });
  const calls: UseCaseCall[] = [];
  const failures = new Map<UseCase, unknown>();
  const application = recorded(runtime.application, calls, failures);
  const queries = recordedReads(runtime.queries);
  const config = { ...configFromEnv({}), overdueSweepIntervalMs: 0, reminders: { ...configFromEnv({}).reminders!, sweepIntervalMs: 0 }, writeRateLimit: { limit: 1000, ttlMs: 60_000 } };
  const deps: ApiDependencies = {
    config,
    application,
    queries,
    store,
    progress: { position: () => runtime.runner.position(), failures: () => runtime.runner.failures() },
    verifier: hs256Verifier(TEST_SECRET),
    clock,
    logger: pino({ level: 'silent' }),
    metrics: createMetrics(async () => 0),
  };
  return {
    deps,
    runtime,
    store,
    calls,
    queries,
    failNext: (useCase, error) => void failures.set(useCase, error),
    async caughtUp() {
      const head = await store.headPosition();
      if (head !== null && !(await runtime.runner.waitForPosition(head, 10_000))) throw new Error(`the read models did not reach position ${head}`);
    },
    close: () => runtime.close(),
  };
};

/** The application, each use case recorded before it runs (or fails as a test asked). */
const recorded = (application: SamsynUseCases, calls: UseCaseCall[], failures: Map<UseCase, unknown>): SamsynUseCases => {
  const useCases = Object.keys(application).filter((k) => typeof application[k as UseCase] === 'function') as UseCase[];
  return Object.fromEntries(
    useCases.map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push({ method, args: args.slice(0, -1), options: args[args.length - 1] as UseCaseCall['options'] });
        if (failures.has(method)) {
          const error = failures.get(method);
          failures.delete(method);
          return Promise.reject(error);
        }
        return (application[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as unknown as SamsynUseCases;
};

/** The real read side, with the catalogue's and the stakeholder history's arguments recorded. */
const recordedReads = (real: ReadModelQueries): TestDependencies['queries'] => {
  const asOfs: AsOf[] = [];
  const pages: HistoryPage[] = [];
  const reads = Object.create(real) as TestDependencies['queries'];
  return Object.assign(reads, {
    asOfs,
    pages,
    catalogue: (asOf?: AsOf) => {
      asOfs.push(asOf);
      return real.catalogue(asOf);
    },
    stakeholderHistory: (id: string, asOf?: AsOf, page?: HistoryPage) => {
      asOfs.push(asOf);
      if (page) pages.push(page);
      return real.stakeholderHistory(id, asOf, page);
    },
  });
};
