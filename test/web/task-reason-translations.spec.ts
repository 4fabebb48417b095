import * as fs from 'node:fs';
import * as path from 'node:path';
import en from '../../apps/web/src/i18n/en/my-work.json';
import sv from '../../apps/web/src/i18n/sv/my-work.json';

/**
 * Every reason code GET /me/tasks can give (libs/projections/src/my-work/my-tasks.ts) has a
 * sentence in both languages on the My work page, so no task is explained in the API's words alone.
 */
describe('the web application explains every task reason', () => {
  const source = fs.readFileSync(path.resolve(__dirname, '../../libs/projections/src/my-work/my-tasks.ts'), 'utf8');
  const codes = [...new Set([...source.matchAll(/'((?:AWAITING|HELD|YOUR|ADOPTION|REVIEW|PROCESS)_[A-Z_]+)'/g)].map((m) => m[1]))];

  it('finds the codes the query gives', () => {
    expect(codes).toEqual(expect.arrayContaining(['AWAITING_YOUR_REVIEW', 'HELD_BY_YOUR_BODY', 'HELD_BY_YOUR_BODY_OUTSIDE_MANDATE', 'YOUR_PROPOSAL_CONFLICTED', 'ADOPTION_NOT_RECORDED', 'REVIEW_DEADLINE_NEAR', 'HELD_BY_YOUR_BODY_LONG', 'PROCESS_REVIEW_DUE']));
  });

  it.each(codes)('%s has a Swedish and an English sentence', (code) => {
    expect((sv.reasons as Record<string, string>)[code]).toEqual(expect.any(String));
    expect((en.reasons as Record<string, string>)[code]).toEqual(expect.any(String));
  });

  it('both languages have the same reasons', () => {
    expect(Object.keys(sv.reasons).sort()).toEqual(Object.keys(en.reasons).sort());
  });
});
