import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fetchOpenApiDocument } from './support/openapi-document';
import { redoclyLint } from './support/openapi-tools';

/**
 * The document at /docs-json (docs/openapi.md): what a client generator needs is there, and
 * @redocly/cli lint (recommended rules) finds no error. Fails when a route loses its answer's
 * schema, a field goes back to a bare `object`, a header or the CSV media type goes missing.
 */
type Doc = Record<string, any>;
const operations = (doc: Doc) =>
  Object.entries(doc.paths as Record<string, Record<string, Doc>>).flatMap(([p, item]) => Object.entries(item).map(([method, op]) => ({ p, method, op })));

/** Every object of the document that declares `type` (only schemas do), examples left out. */
const schemas = (doc: Doc): { at: string; s: Doc }[] => {
  const found: { at: string; s: Doc }[] = [];
  const walk = (v: unknown, at: string): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}/${i}`));
    const o = v as Doc;
    if (typeof o.type === 'string') found.push({ at, s: o });
    for (const [k, x] of Object.entries(o)) if (k !== 'example' && k !== 'examples') walk(x, `${at}/${k}`);
  };
  walk(doc.components.schemas, '#/components/schemas');
  walk(doc.paths, '#/paths');
  return found;
};

describe('the OpenAPI document', () => {
  let doc: Doc;
  beforeAll(async () => {
    doc = await fetchOpenApiDocument();
  });

  it('names the server and gives every operation a unique, readable operationId', () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const ids = operations(doc).map(({ op }) => op.operationId as string);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z]+$/);
    expect(ids).toEqual(expect.arrayContaining(['submitProposal', 'getProposal', 'getCatalogue', 'listAuditEvents', 'postStepComment', 'healthReady']));
  });

  it('gives every 2xx answer a schema for each media type it has', () => {
    const missing: string[] = [];
    for (const { p, method, op } of operations(doc)) {
      for (const [status, r] of Object.entries(op.responses as Record<string, Doc>)) {
        if (!/^2/.test(status) || status === '204') continue;
        const content = (r.content ?? {}) as Record<string, Doc>;
        if (Object.keys(content).length === 0 || Object.values(content).some((c) => !c.schema)) missing.push(`${method.toUpperCase()} ${p} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('types every field: no bare object, and nullable ones keep their type', () => {
    const bare = schemas(doc)
      .filter(({ s }) => s.type === 'object' && !s.properties && s.additionalProperties === undefined && !s.allOf && !s.oneOf && !s.$ref)
      .map(({ at }) => at);
    expect(bare).toEqual([]);
    const body = doc.components.schemas;
    expect(body.SubmitProposalRequestDto.properties.reviewDeadline).toMatchObject({ type: 'string', nullable: true });
    expect(body.SubmitProposalRequestDto.properties.stakeholder).toMatchObject({ type: 'string', nullable: true });
    expect(body.EstablishBodyRequestDto.properties.parent).toMatchObject({ type: 'string', nullable: true });
    expect(body.DeprecateTermRequestDto.properties.replacedBy).toMatchObject({ type: 'string', nullable: true });
    expect(body.PatchOperationDto.properties.value.oneOf).toHaveLength(5);
    expect(body.ProposalResponse.properties.heldBy).toMatchObject({ type: 'string', nullable: true });
    expect(body.ProposalResponse.required).toEqual(expect.arrayContaining(['id', 'status', 'reviews', 'awaitingReviewFrom']));
    expect(body.SetDefaultAdoptionTargetRequestDto.properties.daysAfterApplied).toMatchObject({ type: 'number', nullable: true });
    // A write answers its GET's representation: the stakeholder's writes as GET /stakeholders/:id.
    const stakeholder = { $ref: '#/components/schemas/StakeholderResponse' };
    expect(doc.paths['/stakeholders'].post.responses['201'].content['application/json'].schema).toEqual(stakeholder);
    expect(doc.paths['/stakeholders/{id}'].get.responses['200'].content['application/json'].schema).toEqual(stakeholder);
  });

  it('describes ETag, If-Match, If-None-Match and Idempotency-Key as headers, and CSV as text/csv', () => {
    const submit = doc.paths['/processes/{id}/proposals'].post;
    const headerNames = (op: Doc) => (op.parameters as Doc[]).filter((x) => x.in === 'header').map((x) => x.name);
    expect(headerNames(submit)).toEqual(expect.arrayContaining(['If-Match', 'Idempotency-Key']));
    expect(Object.keys(submit.responses['201'].headers)).toEqual(expect.arrayContaining(['ETag', 'Idempotent-Replayed']));
    for (const { p, method, op } of operations(doc)) {
      if (method === 'get' || !op.parameters?.some((x: Doc) => x.name === 'Idempotency-Key')) continue;
      const written = op.responses['201'] ?? op.responses['200'];
      expect([p, written?.headers?.ETag?.schema]).toEqual([p, { type: 'string' }]);
    }
    const proposal = doc.paths['/proposals/{id}'].get;
    expect(headerNames(proposal)).toContain('If-None-Match');
    expect(proposal.responses['200'].headers.ETag).toBeDefined();
    expect(proposal.responses['304']).toBeDefined();
    for (const p of ['/catalogue', '/proposals', '/audit/events', '/stakeholders/{id}/history', '/handovers', '/reports/harmonization', '/reports/governance', '/reports/nomenclature', '/reports/variants', '/reports/reviews']) {
      expect([p, Object.keys(doc.paths[p].get.responses['200'].content)]).toEqual([p, ['application/json', 'text/csv']]);
      expect(doc.paths[p].get.responses['200'].content['text/csv'].schema.type).toBe('string');
    }
    expect(doc.paths['/audit/events'].get.responses['200'].headers.Link).toBeDefined();
    // Paging (docs/api.md "Paging"): every read that takes `limit` says it may send the Link.
    const paged = operations(doc).filter(({ method, op }) => method === 'get' && op.parameters?.some((x: Doc) => x.in === 'query' && x.name === 'limit'));
    expect(paged.length).toBeGreaterThan(20);
    for (const { p, op } of paged) expect([p, Object.keys(op.responses['200'].headers ?? {})]).toEqual([p, expect.arrayContaining(['Link'])]);
    // A create answers 201 with Location (docs/api.md "Writes").
    for (const p of ['/stakeholders', '/bodies', '/terms', '/systems', '/processes', '/processes/{id}/proposals', '/webhooks', '/management-objects', '/bodies/{id}/minutes', '/processes/{id}/comments']) {
      expect([p, Object.keys(doc.paths[p].post.responses['201'].headers)]).toEqual([p, expect.arrayContaining(['Location'])]);
    }
    // `?table=` without CSV: the table's rows as flat JSON records, beside the read's own answer.
    expect(doc.paths['/reports/harmonization'].get.responses['200'].content['application/json'].schema.anyOf).toEqual([
      { $ref: '#/components/schemas/HarmonizationReportResponse' },
      expect.objectContaining({ type: 'array', items: { $ref: '#/components/schemas/TableRow' } }),
    ]);
  });

  it('passes @redocly/cli lint with no error', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-openapi-')), 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const report = redoclyLint(file);
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId} ${p.location?.[0]?.pointer}: ${p.message}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
