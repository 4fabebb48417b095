// Child process of the durability test: appends events through the real SqliteEventStore until it
// is killed, acknowledging each append on stdout only after append() has resolved (committed).
// TypeScript is compiled on the fly with swc, and the @samsyn/* aliases come from tsconfig.json.
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '../../../..');
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
require('tsconfig-paths').register({ baseUrl: root, paths: require(path.join(root, 'tsconfig.json')).compilerOptions.paths });

const { sqliteEventStore } = require('@samsyn/store-sqlite');

async function main() {
  const store = sqliteEventStore({ path: process.argv[2] });
  // Both connections commit (batches in the writer thread, a lone append on the store's own): both
  // must sync every commit.
  const sync = [(await store.writerSettings()).synchronous, store.db.pragma('synchronous', { simple: true })];
  process.stdout.write(`ready ${sync.every((v) => v === 2n) ? '2' : sync.join('/')}\n`);
  // Four writers at a time, so appends are batched and committed by the writer thread (a lone
  // append with nothing in flight is committed on the store's own connection).
  let next = 0;
  const writer = async () => {
    for (;;) {
      const i = next++;
      const r = await store.append(
        `stream-${i % 3}`,
        [{ type: 'Appended', schemaVersion: 1, data: { i }, metadata: { actor: 'child', occurredAt: '2024-01-01T00:00:00.000Z', correlationId: `c-${i}`, causationId: null } }],
        { expectedRevision: 'any' },
      );
      process.stdout.write(`ack ${r.position} ${i}\n`);
    }
  };
  await Promise.all([writer(), writer(), writer(), writer()]);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
