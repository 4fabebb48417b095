import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadOrCreateSigningKey, verifyHeadSignature } from '@samsyn/audit-proofs';
import { TREE_HEAD_STREAM } from '@samsyn/domain/audit';
import { samsynApplication } from '../../../bootstrap/samsyn-application';
import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { configFromEnv } from '../../../infrastructure/config/api-config';
import { headPublicationPass } from './start-head-publication';

// Appends sync to disk one by one: generous on a busy machine (never a timing assertion).
jest.setTimeout(60_000);

describe('the server publishes signed heads of the demo', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'samsyn-publish-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('its first pass after the demo loads publishes a head into the log and the data directory outlet, signed with the generated key', async () => {
    const store = sqliteEventStore({ path: join(dir, 'events.sqlite') });
    const clock = { now: () => '2025-01-10T09:00:00.000Z' };
    try {
      await seedDemo(samsynApplication(store, { clock }));
      const config = configFromEnv({ SAMSYN_DATA_DIR: dir });
      const pass = headPublicationPass(config, store, clock, pino({ level: 'silent' }))!;
      await pass();
      const [published] = await store.readStream(TREE_HEAD_STREAM);
      expect(published.type).toBe('TreeHeadSigned');
      const head = published.data as { treeSize: number };
      expect(head.treeSize).toBe(Number(published.position) - 1);
      const line = JSON.parse(readFileSync(join(dir, 'signed-heads.jsonl'), 'utf8'));
      expect(line).toEqual(head);
      expect(verifyHeadSignature(loadOrCreateSigningKey(dir).publicKey, line)).toBe(true);
      await pass();
      expect(await store.readStream(TREE_HEAD_STREAM)).toHaveLength(1); // nothing new: no new head
      expect(headPublicationPass({ ...config, headPublication: { everyEvents: 0, everyMs: 0, outletFile: null } }, store, clock, pino({ level: 'silent' }))).toBeNull();
    } finally {
      await store.close();
    }
  });
});
