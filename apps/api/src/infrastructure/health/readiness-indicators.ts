import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type { EventStore } from '@samsyn/event-store';
import type { Logger } from '../logging/logger';
import type { ProjectionProgress } from '../tokens';
import { failedReadModels } from './failed-read-models';
import { projectionLag } from './projection-lag';

/** A probe that hangs (a database behind a dead connection) must fail the check, not hold it. */
export const READINESS_PROBE_TIMEOUT_MS = 2000;

const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });

export interface ReadinessDeps {
  indicators: HealthIndicatorService;
  store: EventStore;
  progress: ProjectionProgress;
  dataDir: string;
  maxLag: number;
  logger?: Logger;
}

/**
 * The three things a server must have to take traffic; called once per check (docs/api.md, "/health/ready"). Each answers
 * up or down with its details; no detail names an address or path (the endpoint needs no token):
 * causes go to the log, as for /health (issue 10 item 18).
 */
export const readinessIndicators = (d: ReadinessDeps): (() => Promise<HealthIndicatorResult>)[] => {
  // One read of the head for the whole check: the indicators run at once, and both need it.
  const head: Promise<bigint | null | undefined> = within(d.store.headPosition(), READINESS_PROBE_TIMEOUT_MS).catch((e: unknown) => {
    d.logger?.warn({ err: e }, 'readiness: the event store is unreachable');
    return undefined;
  });
  const store = async (): Promise<HealthIndicatorResult> => {
    const check = d.indicators.check('store');
    const at = await head;
    return at === undefined ? check.down({ error: 'unreachable' }) : check.up({ headPosition: at?.toString() ?? null });
  };
  const projections = async (): Promise<HealthIndicatorResult> => {
    const check = d.indicators.check('projections');
    const position = await d.progress.position();
    const at = await head;
    if (at === undefined) return check.down({ position: position?.toString() ?? null, lag: null, maxLag: d.maxLag, reason: 'store unreachable' });
    const failed = failedReadModels(d.progress);
    const lag = projectionLag(at, position);
    const details = { position: position?.toString() ?? null, lag, maxLag: d.maxLag, ...(failed.length > 0 ? { failed } : {}) };
    if (failed.length > 0) return check.down({ ...details, reason: 'read model failed' });
    if (lag > d.maxLag) return check.down({ ...details, reason: 'behind the store' });
    return check.up(details);
  };
  const dataDir = async (): Promise<HealthIndicatorResult> => {
    const check = d.indicators.check('dataDir');
    // Writing is the only sure test: access(W_OK) says yes on a full disk, and for some mounts.
    const probe = path.join(d.dataDir, `.ready-${process.pid}-${randomUUID()}`);
    try {
      await fs.writeFile(probe, 'ready\n', { mode: 0o600, flag: 'wx' });
      await fs.unlink(probe);
      return check.up({ writable: true });
    } catch (e) {
      d.logger?.warn({ err: e }, 'readiness: the data directory is not writable');
      await fs.unlink(probe).catch(() => undefined);
      return check.down({ writable: false });
    }
  };
  return [store, projections, dataDir];
};
