import Ajv from 'ajv';
import type { AddressInfo } from 'node:net';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_WEBHOOK_SETTINGS } from '../../apps/api/src/modules/webhooks/webhook-settings';
import { startE2eApp, type E2eApp } from '../e2e/support/e2e-app';
import { CAST } from '../e2e/support/world';
import type { Answer, Who } from './client/answer';
import { generateTypes, ROOT, typecheckStrict } from './support/openapi-tools';

/**
 * A TypeScript client generated from /docs-json works (docs/openapi.md): openapi-typescript makes
 * the types, every example of docs/api.md (client/api-examples.ts) compiles against them under
 * `tsc --strict`, a call with a wrong field name or without a required field does not, and the
 * examples run against a real server on 127.0.0.1 with every answer matching the document's schema.
 */
const CLIENT = path.join(ROOT, 'test/openapi/client');
const GENERATED = path.join(CLIENT, 'generated');
const EXAMPLES = path.join(CLIENT, 'api-examples.ts');

/** Calls that must not compile: each file, and the error tsc must report in it. */
const MISTAKES: Record<string, { code: string; expect: RegExp }> = {
  'wrong-field-name.ts': {
    code: `await client.POST('/processes/{id}/proposals', { params: { path: { id: 'LF-01' } }, body: { baseRevison: 1, changes: [], rationale: 'x' } });`,
    expect: /baseRevison/,
  },
  'missing-required-field.ts': {
    code: `await client.POST('/processes/{id}/proposals', { params: { path: { id: 'LF-01' } }, body: { baseRevision: 1, changes: [] } });`,
    expect: /rationale/,
  },
  'wrong-enum-value.ts': {
    code: `await client.POST('/proposals/{id}/reviews', { params: { path: { id: 'P-1' } }, body: { stakeholder: 'ksn', verdict: 'maybe', comment: '' } });`,
    expect: /"maybe"/,
  },
  'unknown-answer-field.ts': {
    code: `const { data } = await client.GET('/proposals/{id}', { params: { path: { id: 'P-1' } } }); const s: string | undefined = data?.stauts;`,
    expect: /stauts/,
  },
  'missing-path-parameter.ts': {
    code: `await client.GET('/proposals/{id}', {});`,
    expect: /params|path/,
  },
};

const mistakeFile = (code: string) =>
  `import createClient from 'openapi-fetch';\nimport type { paths } from './samsyn-api';\nconst client = createClient<paths, \`\${string}/json\`>({ baseUrl: 'http://127.0.0.1' });\nexport const call = async () => {\n  ${code}\n};\n`;

/**
 * OpenAPI 3.0's `nullable: true` as generators read it (openapi-typescript: `T | null`): null, or
 * what the rest of the schema says, also when that is an `allOf` of a reference.
 */
const asJsonSchema = (s: unknown): unknown => {
  if (Array.isArray(s)) return s.map(asJsonSchema);
  if (!s || typeof s !== 'object') return s;
  const o = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'example' ? v : asJsonSchema(v)]));
  if (typeof o.$ref === 'string') o.$ref = o.$ref.replace(/^#\/components\//, 'samsyn.json#/components/');
  if (o.nullable !== true) return o;
  const { nullable: _n, ...rest } = o;
  return { anyOf: [{ type: 'null' }, rest] };
};

/** tsc's errors, by the file they are in. */
const errorsByFile = (out: string): Record<string, string[]> => {
  const by: Record<string, string[]> = {};
  for (const line of out.split('\n')) {
    const m = /^(.+?\.ts)\(\d+,\d+\): error (TS\d+: .*)$/.exec(line.trim());
    if (m) (by[path.basename(m[1])] ??= []).push(m[2]);
  }
  return by;
};

describe('a TypeScript client generated from /docs-json', () => {
  let e2e: E2eApp;
  let baseUrl: string;
  let doc: Record<string, any>;

  beforeAll(async () => {
    // Webhooks are registered but never delivered: no traffic leaves the machine.
    e2e = await startE2eApp({ webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, deliver: false, allowPrivateAddresses: true } });
    await e2e.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(e2e.app.getHttpServer().address() as AddressInfo).port}`;
    doc = (await (await fetch(`${baseUrl}/docs-json`)).json()) as Record<string, any>;
    fs.rmSync(GENERATED, { recursive: true, force: true });
    fs.mkdirSync(GENERATED, { recursive: true });
    fs.writeFileSync(path.join(GENERATED, 'openapi.json'), JSON.stringify(doc, null, 2));
  });
  afterAll(() => e2e?.close());

  it('compiles every docs/api.md example under tsc --strict, and refuses wrong calls', () => {
    const generated = generateTypes(path.join(GENERATED, 'openapi.json'), path.join(GENERATED, 'samsyn-api.d.ts'));
    expect([generated.status, generated.out]).toEqual([0, expect.stringContaining('samsyn-api.d.ts')]);
    for (const [file, { code }] of Object.entries(MISTAKES)) fs.writeFileSync(path.join(GENERATED, file), mistakeFile(code));

    const tsc = typecheckStrict(GENERATED, [EXAMPLES, ...Object.keys(MISTAKES).map((f) => path.join(GENERATED, f))]);
    const errors = errorsByFile(tsc.out);
    expect(errors['api-examples.ts'] ?? []).toEqual([]);
    for (const [file, { expect: why }] of Object.entries(MISTAKES)) {
      expect([file, errors[file]]).toEqual([file, expect.arrayContaining([expect.stringMatching(why)])]);
    }
    expect(Object.keys(errors).sort()).toEqual(Object.keys(MISTAKES).sort());
  });

  it('runs the examples against the server: every answer is what the document says', async () => {
    const tokens = Object.fromEntries(await Promise.all(Object.keys(CAST).map(async (who) => [who, (await e2e.bearer(who, CAST[who])).slice('Bearer '.length)]))) as Record<Who, string>;
    const answers: Answer[] = [];
    // Loaded only now: it imports the types generated above (./client/answer.ts says why).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runApiExamples } = require('./client/api-examples') as { runApiExamples: (baseUrl: string, token: Record<Who, string>, record: (a: Answer) => void) => Promise<void> };
    await runApiExamples(baseUrl, tokens, (a) => answers.push(a));

    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: 'samsyn.json', components: asJsonSchema(doc.components) });
    const wrong: string[] = [];
    for (const a of answers) {
      const response = doc.paths[a.path]?.[a.method.toLowerCase()]?.responses?.[String(a.status)];
      const media = (a.contentType ?? '').split(';')[0].trim();
      const schema = response?.content?.[media]?.schema;
      if (!schema) {
        wrong.push(`${a.method} ${a.path} ${a.status} ${media}: not in the document`);
        continue;
      }
      const validate = ajv.compile(asJsonSchema(schema) as object);
      if (!validate(a.body)) wrong.push(`${a.method} ${a.path} ${a.status}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
      // ETag, Location, Link and Idempotent-Replayed, when sent, are response headers the document names.
      const declared = Object.keys(response.headers ?? {}).map((h) => h.toLowerCase());
      for (const h of Object.keys(a.headers)) if (!declared.includes(h)) wrong.push(`${a.method} ${a.path} ${a.status}: header ${h} not in the document`);
    }
    expect(wrong).toEqual([]);
    // Every route docs/api.md names (that the document has), called at least once.
    const called = new Set(answers.map((a) => `${a.method} ${a.path}`));
    const inDocument = new Set(Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`)));
    const contract = fs.readFileSync(path.join(ROOT, 'docs/api.md'), 'utf8');
    const named = [...contract.matchAll(/\b(GET|POST|PUT|PATCH|DELETE) (\/[A-Za-z0-9/:._-]*)/g)].map(([, m, p]) => `${m} ${p.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    expect(named.length).toBeGreaterThan(60);
    const uncalled = [...new Set(named)].filter((op) => inDocument.has(op) && !called.has(op));
    expect(uncalled.sort()).toEqual([...NOT_IN_THE_EXAMPLES].sort());
  });
});

/** docs/api.md's routes not in the examples: the live stream never ends (test/e2e/live-events reads it). */
const NOT_IN_THE_EXAMPLES = ['GET /events/live'];
