import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

const XML = 'application/bpmn+xml';

describe('POST /processes/:id/proposals/from-bpmn: a diagram as a change proposal (issue 16)', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let exported: string;
  const propose = (xml: string, query = '', token = t.anna) =>
    e2e.http().post(`/processes/LF-01/proposals/from-bpmn${query}`).set('Authorization', token).set('Content-Type', XML).send(Buffer.from(xml));

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    exported = (await e2e.http().get('/processes/LF-01/bpmn').set('Authorization', t.anna)).text;
  });
  afterAll(() => e2e.close());

  it('?preview=1 shows the patch that makes the head equal to the diagram and its required level, and writes nothing', async () => {
    const before = await e2e.head();
    const edited = exported.replace(/(<bpmn:task id="s3" [^>]*name=")[^"]*"/, '$1Flytta in"');
    const res = await propose(edited, '?preview=1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s3' }], requiredLevel: 'object', diff: { steps: { changed: [{ id: 's3', fields: ['name'] }] } } });
    expect(res.body.changes[0].value.name).toBe('Flytta in');
    expect(await e2e.head()).toBe(before);
  });

  it('the preview answers the import’s warnings as {code, params, message}', async () => {
    const nameless = exported.replace(/(<bpmn:task id="s3" [^>]*)name="[^"]*"/, '$1');
    const res = await propose(nameless, '?preview=1');
    expect(res.status).toBe(200);
    expect(res.body.warnings).toContainEqual({ code: 'nameless', params: { task: 's3' }, message: 'task s3 has no name: named after its id' });
  });

  it('submits it as an ordinary proposal, with the level computed from its impact', async () => {
    const edited = exported.replace(/(<bpmn:sequenceFlow id="[^"]+") name="[^"]*"/, '$1 name="Nytt underlag"');
    const res = await propose(edited, '?rationale=Ny%20artefakt');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ processId: 'LF-01', baseRevision: 1, requiredLevel: 'administration', rationale: 'Ny artefakt' });
  });

  it('refuses a diagram that changes nothing (422 BPMN_NO_CHANGE), a submit without rationale (400), and an unknown process (404)', async () => {
    expect((await propose(exported, '?rationale=x')).body.code).toBe('BPMN_NO_CHANGE');
    const edited = exported.replace(/(<bpmn:task id="s3" [^>]*name=")[^"]*"/, '$1Annat"');
    expect((await propose(edited)).status).toBe(400);
    const res = await e2e.http().post('/processes/NOPE/proposals/from-bpmn?preview=1').set('Authorization', t.anna).set('Content-Type', XML).send(Buffer.from(exported));
    expect(res.status).toBe(404);
  });

  it('once applied, the revision exports as the diagram was drawn: a moved step keeps the place the tool gave it (the layout rides on ProposalSubmitted)', async () => {
    const moved = exported
      .replace(/(<bpmndi:BPMNShape id="_di_s3" bpmnElement="s3">\s*<dc:Bounds )[^/]*\/>/, '$1x="900" y="300" width="140" height="90" />')
      .replace(/(<bpmn:task id="s1" [^>]*name=")[^"]*"/, '$1Beskriv behovet"');
    const submitted = await propose(moved, '?rationale=Ritat%20om');
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    expect((await e2e.http().get(`/proposals/${id}`).set('Authorization', t.anna)).body.layout).toBeUndefined(); // the answer stays small
    for (const [who, stakeholder] of [['rita', 'ksn'], ['ulf', 'uh'], ['tina', 'utbn']] as const) {
      await e2e.http().post(`/proposals/${id}/reviews`).set('Authorization', t[who]).send({ stakeholder, verdict: 'accept', comment: 'ok' }).expect(201);
    }
    expect((await e2e.http().get(`/proposals/${id}`).set('Authorization', t.anna)).body.status).toBe('applied');
    const after = (await e2e.http().get('/processes/LF-01/bpmn').set('Authorization', t.anna)).text;
    expect(after).toMatch(/<bpmndi:BPMNShape id="_di_s3" bpmnElement="s3">\s*<dc:Bounds x="900" y="300" width="140" height="90" \/>/);
    expect(after).toContain('name="Beskriv behovet"');
  });
});
