import { fileOutlet, hasMerkleTree, headPublisher, loadOrCreateSigningKey, type HeadOutlet } from '@samsyn/audit-proofs';
import type { EventStore } from '@samsyn/event-store';
import type { ApiConfig } from '../../../infrastructure/config/api-config';
import type { Logger } from '../../../infrastructure/logging/logger';
import { runPeriodically, sharedPass } from '../../../infrastructure/scheduling/periodic';
import type { Clock } from '../../../infrastructure/tokens';

/** How often the publisher asks whether a head is due (a root and a signature: microseconds). */
const CHECK_EVERY_MS = 5_000;

/**
 * One publication check as the server runs it (SAMSYN_HEAD_EVERY_EVENTS, SAMSYN_HEAD_EVERY_MINUTES):
 * a due head goes into the log and to the file outlet (SAMSYN_HEAD_OUTLET_FILE, default
 * <data>/signed-heads.jsonl; empty turns it off). Null when publication is off.
 */
export function headPublicationPass(config: ApiConfig, store: EventStore, clock: Clock, logger: Logger): (() => Promise<void>) | null {
  const settings = config.headPublication;
  if (!settings || (settings.everyEvents === 0 && settings.everyMs === 0) || !hasMerkleTree(store)) return null;
  const key = loadOrCreateSigningKey(config.dataDir, config.signingKey);
  if (key.created) logger.info({ file: key.source }, 'generated the Ed25519 key that signs tree heads (mode 0600); `samsyn public-key` prints its public half');
  const outlets: HeadOutlet[] = settings.outletFile ? [fileOutlet(settings.outletFile)] : [];
  const publisher = headPublisher({
    store,
    signingKey: () => key.privateKey,
    now: () => clock.now(),
    policy: { everyEvents: settings.everyEvents, everyMs: settings.everyMs },
    outlets,
    onOutletError: (outlet, err) => logger.warn({ err, outlet: outlet.name }, 'a signed head did not reach an outlet (it is in the log)'),
  });
  return sharedPass(async () => {
    const head = await publisher.tick();
    if (head) logger.info({ treeSize: head.treeSize, rootHash: head.rootHash }, 'published a signed tree head');
  });
}

/** The server's publication: a check at once (the demo's first head) and every few seconds. Returns the stop function. */
export function startHeadPublication(config: ApiConfig, store: EventStore, clock: Clock, logger: Logger): () => void {
  const pass = headPublicationPass(config, store, clock, logger);
  return pass ? runPeriodically(CHECK_EVERY_MS, pass, logger, 'signed head publication') : () => undefined;
}
