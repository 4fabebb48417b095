import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteEventStore } from '@samsyn/store-sqlite';

/**
 * A process kill mid-stream must lose no acknowledged append. (Power loss cannot be simulated here;
 * synchronous=FULL, checked by the child, is what covers it: see README "Storage and durability".)
 */
describe('SQLite durability', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'samsyn-durability-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('every append acknowledged before SIGKILL is present after reopening, and the chain verifies', async () => {
    const path = join(dir, 'events.db');
    const child = spawn(process.execPath, [join(__dirname, 'append-until-killed.child.js'), path], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: Array<{ position: bigint; i: number }> = [];
    let synchronous = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));

    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [word, a, b] = line.split(' ');
        if (word === 'ready') synchronous = a;
        if (word === 'ack') acked.push({ position: BigInt(a), i: Number(b) });
        // Kill in the middle of the stream, while appends are in flight.
        if (acked.length === 200 && !child.killed) child.kill('SIGKILL');
      }
    });

    const signal = await exited;
    expect(stderr).toBe('');
    expect(signal).toBe('SIGKILL');
    expect(synchronous).toBe('2'); // FULL
    expect(acked.length).toBeGreaterThanOrEqual(200);

    const store = sqliteEventStore({ path });
    try {
      const all = await store.readAll();
      const byPosition = new Map(all.map((e) => [e.position, e]));
      for (const { position, i } of acked) {
        expect(byPosition.get(position)?.data).toEqual({ i });
        expect(byPosition.get(position)?.streamId).toBe(`stream-${i % 3}`);
      }
      expect(all.length).toBeGreaterThanOrEqual(acked.length);
      const v = await store.verifyChain();
      expect(v).toMatchObject({ ok: true, checked: all.length });
      // The store is writable again, continuing the chain.
      await store.append('after', [{ type: 'X', schemaVersion: 1, data: {}, metadata: { actor: 'a', occurredAt: 'x', correlationId: 'c', causationId: null } }], {
        expectedRevision: 'no-stream',
      });
      expect((await store.verifyChain()).ok).toBe(true);
    } finally {
      await store.close();
    }
  }, 30_000);
});
