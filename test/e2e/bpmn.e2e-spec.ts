import type { Response } from 'supertest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { DEFINITION, buildWorld, tokensFor, type Tokens } from './support/world';

const XML = 'application/bpmn+xml';

describe('BPMN over HTTP: GET /processes/:id/bpmn and POST /bpmn/definition', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let registeredAt: bigint;
  const get = (url: string, token = t.anna) => e2e.http().get(url).set('Authorization', token);
  const postXml = (xml: string | Buffer, type = XML, token = t.anna) => e2e.http().post('/bpmn/definition').set('Authorization', token).set('Content-Type', type).send(xml);

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    registeredAt = (await e2e.head())!;
    // revision 2: utbn's step is renamed, and every participant accepts
    const proposal = await e2e
      .http()
      .post('/processes/LF-01/proposals')
      .set('Authorization', t.anna)
      .send({ baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s3/name', value: 'Move in and settle' }], rationale: 'clearer' });
    expect(proposal.status).toBe(201);
    for (const [token, stakeholder] of [[t.rita, 'ksn'], [t.ulf, 'uh'], [t.tina, 'utbn']]) {
      const review = await e2e.http().post(`/proposals/${proposal.body.id}/reviews`).set('Authorization', token).send({ stakeholder, verdict: 'accept', comment: 'ok' });
      expect(review.status).toBe(201);
    }
    expect((await get('/processes/LF-01')).body.headRevision).toBe(2);
  });
  afterAll(() => e2e.close());

  it('exports the head revision as application/bpmn+xml with its revision as ETag; importing it gives the definition back', async () => {
    const res = await get('/processes/LF-01/bpmn');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/bpmn+xml; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="LF-01.bpmn"');
    expect(res.headers.etag).toMatch(/^"2-[\w-]+"$/);
    expect(res.text).toMatch(/<bpmn:lane id="_lane_ksn"[^>]* name="Kommunstyrelsen"/);
    const back = await postXml(res.text);
    expect(back.status).toBe(200);
    expect(back.body).toEqual({
      definition: { ...DEFINITION, steps: { ...DEFINITION.steps, s3: { ...DEFINITION.steps.s3, name: 'Move in and settle' } } },
      warnings: [],
      process: { id: 'LF-01', name: 'Lokalbehovsanalys' },
      unmatched: [],
    });
  });

  it('?revision=n, and as of a past position (the head then)', async () => {
    const r1 = await get('/processes/LF-01/bpmn?revision=1');
    expect(r1.status).toBe(200);
    expect(r1.headers.etag).toMatch(/^"1-[\w-]+"$/);
    expect((await postXml(r1.text)).body.definition).toEqual(DEFINITION);
    const then = await get(`/processes/LF-01/bpmn?asOfPosition=${registeredAt}`);
    expect(then.status).toBe(200);
    expect(then.text).toContain('samsyn:revision="1"');
  });

  it('an imported definition registers as a new process', async () => {
    const imported = (await postXml((await get('/processes/LF-01/bpmn?revision=1')).text, 'application/xml')).body.definition;
    const res = await e2e.http().post('/processes').set('Authorization', t.anna).send({ id: 'LF-09', name: 'Kopia', ownerStakeholder: 'ksn', governingBody: 'obj', definition: imported });
    expect(res.status).toBe(201);
    expect((await get('/processes/LF-09/revisions/1')).body.definition).toEqual(DEFINITION);
  });

  it.each([
    ['/processes/NOPE/bpmn', 404, 'NOT_FOUND'],
    ['/processes/LF-01/bpmn?revision=3', 404, 'NOT_FOUND'],
    ['/processes/LF-01/bpmn?asOfPosition=0', 404, 'NOT_FOUND'],
    ['/processes/LF-01/bpmn?revision=zwei', 400, 'VALIDATION_FAILED'],
    ['/processes/LF-01/bpmn?revision=1&format=xml', 400, 'VALIDATION_FAILED'],
  ])('GET %s → %i %s', async (url, status, code) => {
    const res = await get(url);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
  });

  it('export needs a token; an auditor may export but, like every POST, not import', async () => {
    expect((await e2e.http().get('/processes/LF-01/bpmn')).status).toBe(401);
    const exported = await get('/processes/LF-01/bpmn', t.aud);
    expect(exported.status).toBe(200);
    expect((await postXml(exported.text, XML, t.aud)).status).toBe(403);
    expect((await postXml(exported.text, XML, t.olle)).status).toBe(200);
    expect((await e2e.http().post('/bpmn/definition').set('Content-Type', XML).send(exported.text)).status).toBe(401);
  });

  const refusal = (res: Response, status: number, code: string) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(typeof res.body.message).toBe('string');
  };

  it("reads a modelling tool's UTF-16 file, matches its pools to registered organisations by name, refuses one past the limits with 422 (issue 16)", async () => {
    const NS = 'xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"';
    const xml = `<?xml version="1.0" encoding="UTF-16"?><definitions ${NS} id="d" targetNamespace="x"><collaboration id="c"><participant id="p1" name="Kommunstyrelsen" processRef="P" /></collaboration><process id="P" name="Ärenden"><task id="t" name="Besluta" /></process></definitions>`;
    const res = await postXml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
    expect(res.status).toBe(200);
    expect(res.body.definition.participants).toEqual(['ksn']);
    expect(res.body.definition.steps.t).toEqual({ name: 'Besluta', performer: 'ksn', order: 1 });
    expect(res.body.process).toEqual({ id: 'P', name: 'Ärenden' });
    const tooMany = `<definitions ${NS} id="d" targetNamespace="x"><process id="P">${Array.from({ length: 1_001 }, (_, i) => `<task id="t${i}" />`).join('')}</process></definitions>`;
    const refused = await postXml(tooMany);
    refusal(refused, 422, 'BPMN_TOO_LARGE');
    expect(refused.body.details).toEqual({ reason: 'steps', params: { max: 1_000 }, limit: 'steps', max: 1_000 });
  });

  it('refuses what is not a BPMN process, a wrong content type and an oversized body', async () => {
    const malformed = await postXml('<bpmn:definitions><oops');
    refusal(malformed, 400, 'INVALID_BPMN');
    expect(malformed.body.details).toEqual({ reason: 'malformed-at', params: { line: expect.any(Number), column: expect.any(Number) } });
    refusal(await postXml('<html/>', 'text/xml'), 400, 'INVALID_BPMN');
    const empty = await postXml('');
    refusal(empty, 400, 'INVALID_BPMN');
    expect(empty.body.details).toEqual({ reason: 'empty', params: {} });
    refusal(await postXml('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x"/>'), 400, 'INVALID_BPMN');
    refusal(await e2e.http().post('/bpmn/definition').set('Authorization', t.anna).send({ xml: '<x/>' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    refusal(await postXml('<x/>', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    refusal(await postXml(`<x>${'a'.repeat(1_100_000)}</x>`), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('the OpenAPI document describes both routes with their media types', async () => {
    const doc = (await e2e.http().get('/docs-json')).body;
    expect(Object.keys(doc.paths['/processes/{id}/bpmn'].get.responses['200'].content)).toEqual([XML]);
    expect(Object.keys(doc.paths['/bpmn/definition'].post.requestBody.content)).toEqual([XML, 'application/xml', 'text/xml']);
  });
});
