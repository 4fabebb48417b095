import { shortId } from '../../../lib/proposal-names';
import { dismissable, pageOf, proposalName, reasonOf, tasksByKind, type Task } from './tasks';

const task = (over: Partial<Task>): Task => ({
  kind: 'review',
  resource: { kind: 'proposal', id: 'P-1' },
  link: '/proposals/P-1',
  why: { code: 'AWAITING_YOUR_REVIEW', sv: 'sv', en: 'en' },
  since: '2025-01-01T00:00:00.000Z',
  processId: 'LF-01',
  ...over,
});

describe('my tasks on the page', () => {
  it('groups by kind in the API order, each kind present even when empty', () => {
    const tasks = [task({ resource: { kind: 'proposal', id: 'P-1' } }), task({ kind: 'adoption', resource: { kind: 'process', id: 'EK-01' } }), task({ resource: { kind: 'proposal', id: 'P-2' } })];
    const by = tasksByKind(tasks);
    expect(by.review.map((t) => t.resource.id)).toEqual(['P-1', 'P-2']);
    expect(by.adoption).toHaveLength(1);
    expect(by.decision).toEqual([]);
    expect(by['own-proposal']).toEqual([]);
  });

  it('an adoption task opens the adoption form; the others the page of their resource', () => {
    expect(pageOf(task({ kind: 'adoption', link: '/processes/EK-01' }))).toBe('/processes/EK-01/adoption');
    expect(pageOf(task({ link: '/proposals/P-1' }))).toBe('/proposals/P-1');
  });

  it('an overdue adoption opens the adoption form and says the target date and the days (the plural by count)', () => {
    const overdue = task({ kind: 'overdue-adoption', link: '/processes/FF-04', resource: { kind: 'process', id: 'FF-04' }, stakeholder: 'ifn', revision: 2, targetDate: '2024-12-31', daysOverdue: 12 });
    expect(pageOf(overdue)).toBe('/processes/FF-04/adoption');
    const names = { organisation: () => 'Idrott och fritid', body: () => '–', process: () => 'Felanmälan' };
    expect(reasonOf(overdue, names).values).toMatchObject({ organisation: 'Idrott och fritid', revision: 2, targetDate: '2024-12-31', count: 12 });
    expect(reasonOf(task({}), names).values).not.toHaveProperty('count');
  });

  it('a mention opens the page of the process or proposal, at the thread', () => {
    expect(pageOf(task({ kind: 'mention', link: '/processes/LF-01/comments', resource: { kind: 'process', id: 'LF-01' }, thread: 't-1' }))).toBe('/processes/LF-01#comment-thread-t-1');
    expect(pageOf(task({ kind: 'mention', link: '/proposals/P-1/comments', thread: 't-2' }))).toBe('/proposals/P-1#comment-thread-t-2');
  });

  it('only own proposals escalated or decided can be marked as seen; a conflicted one waits for its amendment', () => {
    const decided = task({ kind: 'own-proposal', why: { code: 'YOUR_PROPOSAL_DECIDED', sv: '', en: '' } });
    const conflicted = task({ kind: 'own-proposal', why: { code: 'YOUR_PROPOSAL_CONFLICTED', sv: '', en: '' } });
    expect(dismissable([decided, conflicted, task({})])).toEqual([decided]);
  });

  it('the reason names the organisation, body and process instead of their ids', () => {
    const names = { organisation: (id?: string) => (id === 'utbn' ? 'Utbildningsnämnden' : '–'), body: (id?: string) => (id === 'objekt-lokal' ? 'Objektstyrgrupp' : '–'), process: () => 'Lokalbehovsplan' };
    expect(reasonOf(task({ stakeholder: 'utbn' }), names)).toEqual({
      key: 'reasons.AWAITING_YOUR_REVIEW',
      values: { id: 'P-1', process: 'LF-01', processName: 'Lokalbehovsplan', organisation: 'Utbildningsnämnden', body: '–', revision: '', dueOn: '', deadline: '', by: '' },
    });
    expect(reasonOf(task({ kind: 'adoption', revision: 3, body: 'objekt-lokal' }), names).values).toMatchObject({ revision: 3, body: 'Objektstyrgrupp' });
    expect(reasonOf(task({ kind: 'process-review', dueOn: '2026-01-10' }), names).values).toMatchObject({ dueOn: '2026-01-10' });
    expect(reasonOf(task({ reviewDeadline: '2027-06-30T00:00:00.000Z' }), names).values).toMatchObject({ deadline: '2027-06-30' });
  });

  it('a proposal is called by its summary; without one by its id, a UUID cut to its first 8 characters', () => {
    const uuid = '3f2a9c1e-7b4d-4e21-9a0f-1c2d3e4f5a6b';
    expect(proposalName(task({ summary: 'Kortare handläggning av fakturor', resource: { kind: 'proposal', id: uuid } }))).toBe('Kortare handläggning av fakturor');
    expect(proposalName(task({ resource: { kind: 'proposal', id: uuid } }))).toBe('3f2a9c1e…');
    expect(proposalName(task({}))).toBe('P-1');
    expect(shortId('not-a-uuid-3f2a9c1e')).toBe('not-a-uuid-3f2a9c1e');
    expect(reasonOf(task({ resource: { kind: 'proposal', id: uuid } }), { organisation: () => '', body: () => '', process: () => '' }).values.id).toBe('3f2a9c1e…');
  });
});
