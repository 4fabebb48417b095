import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { startE2eApp, type E2eApp } from './support/e2e-app';

jest.setTimeout(60_000);

/** POST /processes/:id/proposals/preview: what a proposal would be, before it is sent; nothing written. */
describe('proposal preview (dry run)', () => {
  let e2e: E2eApp;
  let anna: string;
  beforeAll(async () => {
    e2e = await startE2eApp();
    await seedDemo(e2e.runtime.application);
    await e2e.runtime.runner.waitForPosition((await e2e.head())!, 30_000);
    anna = await e2e.bearer('anna', [{ role: 'process-owner', stakeholder: 'ksn' }]);
  });
  afterAll(() => e2e.close());

  const preview = (id: string, body: unknown, auth = anna) => e2e.http().post(`/processes/${id}/proposals/preview`).set('Authorization', auth).send(body as object);

  it('two organisations\' steps renamed: the administration level, why, the reviewers, the systems and terms touched; nothing appended', async () => {
    const head = await e2e.head();
    const res = await preview('EK-01', {
      baseRevision: 2,
      changes: [
        { op: 'replace', path: '/steps/debitera/name', value: 'Debitera månadshyra' },
        { op: 'replace', path: '/steps/attestera-utbn/name', value: 'Attestera månadshyra' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      requiredLevel: 'administration',
      reasons: [{ level: 'administration', code: 'performers', stakeholders: ['ksn', 'utbn'] }],
      reviewers: ['ksn', 'utbn', 'ifn', 'uppsalahem'],
      touched: { steps: ['attestera-utbn', 'debitera'], handovers: [], systems: ['ekonomisystem'], terms: ['hyresgast'] },
    });
    expect(res.body.definition.steps.debitera.name).toBe('Debitera månadshyra');
    expect(await e2e.head()).toBe(head);
  });

  it('a patch that does not apply is 422 PATCH_DOES_NOT_APPLY; bad input 400; an unknown process 404; an auditor 403', async () => {
    const miss = await preview('EK-01', { baseRevision: 2, changes: [{ op: 'replace', path: '/steps/nope/name', value: 'x' }] });
    expect([miss.status, miss.body.code]).toEqual([422, 'PATCH_DOES_NOT_APPLY']);
    const bad = await preview('EK-01', { baseRevision: 0, changes: [] });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const rev = await preview('EK-01', { baseRevision: 99, changes: [{ op: 'replace', path: '/purpose', value: 'x' }] });
    expect([rev.status, rev.body.code]).toEqual([422, 'REVISION_UNKNOWN']);
    const unknown = await preview('NOPE', { baseRevision: 1, changes: [{ op: 'replace', path: '/purpose', value: 'x' }] });
    expect(unknown.status).toBe(404);
    const auditor = await preview('EK-01', { baseRevision: 2, changes: [{ op: 'replace', path: '/purpose', value: 'x' }] }, await e2e.bearer('revisor', [{ role: 'auditor' }]));
    expect(auditor.status).toBe(403);
  });
});
