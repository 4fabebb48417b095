import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The layer rules of .dependency-cruiser.cjs, run by dependency-cruiser's own command line (it is
 * an ES module; the CLI is what `npm run check:layers` runs too). One test checks the repository,
 * one a small tree that breaks every rule, so a rule that stopped matching would show.
 */
const root = join(__dirname, '..', '..');
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Cruise {
  summary: { violations: { rule: { name: string }; from: string; to: string }[]; totalCruised: number; error: number };
  modules: { source: string; dependencies: { module: string; couldNotResolve: boolean }[] }[];
}

const run = (cwd: string, outputType: 'json' | 'err', paths: string[]) => {
  const ran = spawnSync(process.execPath, [depcruise, '--config', config, '--output-type', outputType, ...paths], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (ran.error) throw ran.error;
  return ran;
};

/** What the cruise found (the JSON reporter always exits 0). */
const cruise = (cwd: string, paths: string[]): { result: Cruise; stderr: string } => {
  const ran = run(cwd, 'json', paths);
  return { result: JSON.parse(ran.stdout) as Cruise, stderr: ran.stderr };
};

/** What `npm run check:layers` does: the error reporter, whose exit code counts the errors. */
const check = (cwd: string, paths: string[]): { status: number | null; output: string } => {
  const ran = run(cwd, 'err', paths);
  return { status: ran.status, output: ran.stdout };
};

const violations = (result: Cruise): string[] => result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe('the layers', () => {
  it('given the repository, then no import crosses a layer and no files import each other in a circle', () => {
    const { result, stderr } = cruise(root, ['libs', 'apps', 'test']);
    expect(violations(result)).toEqual([]);
    expect(result.summary.error).toBe(0);
    expect(stderr).toBe('');
    // Not vacuous: the whole tree was read, and every @samsyn/* alias resolved.
    expect(result.summary.totalCruised).toBeGreaterThan(500);
    // The one import that resolves only after a run: the OpenAPI client's types, which
    // test/openapi/generated-client.spec.ts generates from /docs-json (a fresh clone has none).
    const generated = (from: string, to: string) => from === 'test/openapi/client/api-examples.ts' && to === './generated/samsyn-api';
    const unresolved = result.modules.flatMap((m) => m.dependencies.filter((d) => d.couldNotResolve && !generated(m.source, d.module)).map((d) => `${m.source} → ${d.module}`));
    expect(unresolved).toEqual([]);
  }, 120_000);

  describe('given a tree that breaks each rule', () => {
    let tree: string;
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      writeFileSync(join(tree, path), text);
    };

    beforeAll(() => {
      tree = mkdtempSync(join(tmpdir(), 'samsyn-layers-'));
      write('tsconfig.json', JSON.stringify({ compilerOptions: { baseUrl: '.', module: 'commonjs', moduleResolution: 'node', paths: { '@samsyn/projections': ['libs/projections/src'] } } }));
      write('node_modules/fast-json-patch/package.json', JSON.stringify({ name: 'fast-json-patch', main: 'index.js' }));
      write('node_modules/fast-json-patch/index.js', 'exports.applyPatch = () => undefined;\n');
      write('node_modules/some-framework/package.json', JSON.stringify({ name: 'some-framework', main: 'index.js' }));
      write('node_modules/some-framework/index.js', 'exports.Injectable = () => undefined;\n');
      // Allowed: the domain within itself and its patch library; a spec may reach test support.
      write('libs/domain/src/pure.ts', "import { applyPatch } from 'fast-json-patch';\nimport { one } from './shared';\nexport const pure = [applyPatch, one];\n");
      write('libs/domain/src/shared.ts', 'export const one = 1;\n');
      write('libs/domain/src/pure.spec.ts', "import { helper } from '../../../test/support/helper';\nexport const used = helper;\n");
      write('test/support/helper.ts', 'export const helper = 1;\n');
      // Forbidden, one import per rule.
      write(
        'libs/domain/src/impure.ts',
        [
          "import { Injectable } from 'some-framework';",
          "import { readFileSync } from 'node:fs';",
          "import { port } from '../../event-store/src/port';",
          "import { handler } from '../../../apps/api/src/handler';",
          'export const impure = [Injectable, readFileSync, port, handler];',
          '',
        ].join('\n'),
      );
      write('apps/api/src/handler.ts', 'export const handler = 1;\n');
      write('libs/event-store/src/port.ts', "import { store } from '../../store-sqlite/src/store';\nexport const port = store;\n");
      write('libs/store-sqlite/src/store.ts', "import { projection } from '@samsyn/projections';\nexport const store = projection;\n");
      write('libs/projections/src/index.ts', 'export const projection = 1;\n');
      write('libs/application/src/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
      write('libs/application/src/b.ts', "import { a } from './a';\nexport const b = () => a;\n");
    });
    afterAll(() => rmSync(tree, { recursive: true, force: true }));

    it('then the check fails and names every violating import, and only those', () => {
      const { status, output } = check(tree, ['libs', 'apps', 'test']);
      expect(output).toContain('8 dependency violations (8 errors, 0 warnings)');
      expect(status).toBe(8);
      const { result } = cruise(tree, ['libs', 'apps', 'test']);
      expect(violations(result)).toEqual([
        'domain-imports-nothing-outside: libs/domain/src/impure.ts → apps/api/src/handler.ts',
        'domain-imports-nothing-outside: libs/domain/src/impure.ts → fs',
        'domain-imports-nothing-outside: libs/domain/src/impure.ts → libs/event-store/src/port.ts',
        'domain-imports-nothing-outside: libs/domain/src/impure.ts → node_modules/some-framework/index.js',
        'libs-never-import-apps: libs/domain/src/impure.ts → apps/api/src/handler.ts',
        // A cycle is reported once, at the edge where the cruise closed it.
        'no-circular: libs/application/src/a.ts → libs/application/src/b.ts',
        'port-never-imports-adapters-read-side-or-application: libs/event-store/src/port.ts → libs/store-sqlite/src/store.ts',
        'stores-never-import-read-side-or-application: libs/store-sqlite/src/store.ts → libs/projections/src/index.ts',
      ]);
    }, 120_000);
  });
});
