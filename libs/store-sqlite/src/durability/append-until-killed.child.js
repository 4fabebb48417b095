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
  // The connection that commits (the writer thread's) is the one that must sync every commit.
  process.stdout.write(`ready ${(await store.writerSettings()).synchronous}\n`);
  for (let i = 0; ; i++) {
    const r = await store.append(
      `stream-${i % 3}`,
      [{ type: 'Appended', schemaVersion: 1, data: { i }, metadata: { actor: 'child', occurredAt: '2024-01-01T00:00:00.000Z', correlationId: `c-${i}`, causationId: null } }],
      { expectedRevision: 'any' },
    );
    process.stdout.write(`ack ${r.position} ${i}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
