import type { Principal } from '@samsyn/domain';
import type { ExecutionOptions } from '../execution';
import type { SamsynUseCases } from '../use-cases.port';
import { BODIES, PEOPLE, STAKEHOLDERS, SYNONYMS, SYSTEMS, TERMS } from './uppsala-registers';
import { PROCESSES } from './uppsala-processes';

/** Reviewer of each stakeholder in the demo. */
const REVIEWER: Record<string, string> = { ksn: 'bjorn', utbn: 'cecilia', ifn: 'david', uppsalahem: 'eva', skolfastigheter: 'fredrik' };

export interface SeedProgress {
  (done: number, total: number, label: string): void;
}

/**
 * The Uppsala demo, loaded through the real command path (every rule checked, every event
 * hash-chained), on a timeline from February 2024 so that reports have lead times to show.
 */
export async function seedDemo(app: SamsynUseCases, onProgress?: SeedProgress): Promise<{ commands: number }> {
  const steps = demoSteps();
  let at = Date.parse('2024-02-05T08:00:00.000Z');
  for (let i = 0; i < steps.length; i++) {
    const [label, run] = steps[i];
    at += steps[i][2] ?? 6 * 3600_000;
    await run(app, (who: string): ExecutionOptions => ({ principal: PEOPLE[who] as Principal, now: new Date(at).toISOString(), correlationId: `demo-${i + 1}` }));
    onProgress?.(i + 1, steps.length, label);
  }
  return { commands: steps.length };
}

type As = (who: string) => ExecutionOptions;
type Step = [label: string, run: (app: SamsynUseCases, as: As) => Promise<unknown>, advanceMs?: number];

const DAY = 24 * 3600_000;

const reviewAll = (id: string, participants: string[], verdicts: Record<string, 'accept' | 'reject'> = {}): Step[] =>
  participants.map((s): Step => [
    `review ${id} by ${s}`,
    (app, as) =>
      app.reviewProposal(
        id,
        { stakeholder: s, verdict: verdicts[s] ?? 'accept', comment: verdicts[s] === 'reject' ? 'Passar inte vårt arbetssätt.' : 'Tillstyrks.' },
        as(REVIEWER[s]),
      ),
    DAY,
  ]);

const participantsOf = (processId: string): string[] => PROCESSES.find((p) => p.id === processId)!.definition.participants;

function demoSteps(): Step[] {
  const steps: Step[] = [];
  for (const s of STAKEHOLDERS) steps.push([`stakeholder ${s.id}`, (app, as) => app.registerStakeholder(s, as('admin'))]);
  for (const b of BODIES) steps.push([`body ${b.id}`, (app, as) => app.establishBody({ ...b, members: [...b.members] }, as('admin'))]);
  for (const t of TERMS) steps.push([`term ${t.id}`, (app, as) => app.defineTerm(t, as('admin'))]);
  for (const y of SYNONYMS) steps.push([`synonym ${y.label}`, (app, as) => app.mapSynonym(y.term, { stakeholder: y.stakeholder, label: y.label }, as(y.by))]);
  for (const y of SYSTEMS) steps.push([`system ${y.id}`, (app, as) => app.registerSystem(y, as('admin'))]);
  for (const p of PROCESSES) {
    steps.push([
      `process ${p.id}`,
      (app, as) => app.registerProcess({ id: p.id, name: p.name, ownerStakeholder: p.owner, governingBody: p.body, definition: p.definition }, as(p.ownerPrincipal)),
    ]);
    for (const s of p.definition.participants) {
      if (p.id === 'LF-02' && s === 'skolfastigheter') continue; // not adopted yet
      steps.push([`adopt ${p.id} r1 by ${s}`, (app, as) => app.recordAdoption(p.id, { stakeholder: s, revision: 1, adoptedOn: '2024-03-01' }, as(REVIEWER[s]))]);
    }
  }

  // P-001: an object-level improvement, accepted by consensus → FF-01 revision 2.
  steps.push(['P-001 submitted', (app, as) => app.submitProposal('FF-01', {
    id: 'P-001', baseRevision: 1, rationale: 'Tydliggör åtgärdstiden för fel.',
    changes: [{ op: 'add', path: '/steps/atgarda/description', value: 'Akuta fel inom 24 timmar, övriga inom 5 arbetsdagar.' }],
  }, as('eva')), 7 * DAY]);
  steps.push(...reviewAll('P-001', participantsOf('FF-01')));
  for (const s of ['ksn', 'utbn', 'uppsalahem', 'skolfastigheter']) {
    steps.push([`adopt FF-01 r2 by ${s}`, (app, as) => app.recordAdoption('FF-01', { stakeholder: s, revision: 2, adoptedOn: '2024-05-02' }, as(REVIEWER[s])), 3 * DAY]);
  }

  // P-002: a handover changes (administration level); utbn rejects, the object body may not
  // decide it, escalates, and the administration body approves → LF-02 revision 2.
  steps.push(['P-002 submitted', (app, as) => app.submitProposal('LF-02', {
    id: 'P-002', baseRevision: 1, rationale: 'Beställningen ska alltid ha en kravspecifikation.',
    changes: [{ op: 'replace', path: '/handovers/h-order/artifact', value: 'Lokalbeställning med kravspecifikation' }],
  }, as('anna')), 10 * DAY]);
  steps.push(...reviewAll('P-002', ['ksn', 'utbn'], { utbn: 'reject' }));
  steps.push(['P-002 escalated by object body', (app, as) => app.decideProposal('P-002', { body: 'objekt-lokal', outcome: 'escalate', motivation: 'Berör överlämning mellan intressenter: förvaltningsnivå.' }, as('sara')), 4 * DAY]);
  steps.push(['P-002 approved', (app, as) => app.decideProposal('P-002', { body: 'forvaltning-lokal', outcome: 'approve', motivation: 'Kravspecifikation minskar omtag.' }, as('erik')), 9 * DAY]);
  for (const s of ['ksn', 'utbn']) {
    steps.push([`adopt LF-02 r2 by ${s}`, (app, as) => app.recordAdoption('LF-02', { stakeholder: s, revision: 2, adoptedOn: '2024-07-01' }, as(REVIEWER[s])), 5 * DAY]);
  }

  // P-003: the nomenclature changes (portfolio level): escalated twice, decided by the portfolio.
  steps.push(['P-003 submitted', (app, as) => app.submitProposal('EK-01', {
    id: 'P-003', baseRevision: 1, rationale: 'Attesten ska använda det gemensamma begreppet hyresgäst.',
    changes: [{ op: 'add', path: '/steps/attestera-utbn/terms', value: ['hyresgast'] }],
  }, as('anna')), 12 * DAY]);
  steps.push(...reviewAll('P-003', ['ksn', 'utbn', 'ifn'], { ifn: 'reject' }));
  steps.push(['P-003 escalated by object body', (app, as) => app.decideProposal('P-003', { body: 'objekt-lokal', outcome: 'escalate', motivation: 'Begreppsfråga: portföljnivå.' }, as('sara')), 3 * DAY]);
  steps.push(['P-003 escalated by administration body', (app, as) => app.decideProposal('P-003', { body: 'forvaltning-lokal', outcome: 'escalate', motivation: 'Utanför förvaltningens mandat.' }, as('erik')), 6 * DAY]);
  steps.push(['P-003 approved by portfolio', (app, as) => app.decideProposal('P-003', { body: 'portfolj-va', outcome: 'approve', motivation: 'Gemensam nomenklatur går före lokala begrepp.' }, as('maria')), 14 * DAY]);
  steps.push(['adopt EK-01 r2 by ksn', (app, as) => app.recordAdoption('EK-01', { stakeholder: 'ksn', revision: 2, adoptedOn: '2024-10-01' }, as('bjorn')), 5 * DAY]);

  // P-004: Skolfastigheter keeps a documented local deviation in cleaning.
  steps.push(['P-004 submitted', (app, as) => app.submitProposal('FF-04', {
    id: 'P-004', kind: 'deviation', stakeholder: 'skolfastigheter', baseRevision: 1,
    rationale: 'Skolfastigheter utför lokalvården med egen personal enligt kollektivavtal.',
    changes: [{ op: 'replace', path: '/steps/utfora/name', value: 'Utföra lokalvård med egen personal' }],
  }, as('fredrik')), 8 * DAY]);
  steps.push(...reviewAll('P-004', participantsOf('FF-04')));

  // P-005: rejected by the object body.
  steps.push(['P-005 submitted', (app, as) => app.submitProposal('LF-03', {
    id: 'P-005', baseRevision: 1, rationale: 'Annonsera endast i egen kanal.',
    changes: [{ op: 'replace', path: '/steps/annonsera/name', value: 'Annonsera ledig lokal i egen kanal' }],
  }, as('eva')), 9 * DAY]);
  steps.push(...reviewAll('P-005', ['ksn', 'ifn'], { ifn: 'reject' }));
  steps.push(['P-005 rejected', (app, as) => app.decideProposal('P-005', { body: 'objekt-lokal', outcome: 'reject', motivation: 'Alla lediga lokaler ska annonseras gemensamt.' }, as('sara')), 5 * DAY]);

  // P-006: withdrawn by its submitter.
  steps.push(['P-006 submitted', (app, as) => app.submitProposal('FF-02', {
    id: 'P-006', baseRevision: 1, rationale: 'Besiktning vartannat år.',
    changes: [{ op: 'add', path: '/steps/besiktiga/description', value: 'Vartannat år.' }],
  }, as('fredrik')), 6 * DAY]);
  steps.push(['P-006 withdrawn', (app, as) => app.withdrawProposal('P-006', { reason: 'Ersätts av ny underhållsstrategi.' }, as('fredrik')), 2 * DAY]);

  // P-007 and P-008 are written against the same revision; P-007 lands first and P-008, which
  // insists (`test`) on the old step name, becomes conflicted.
  steps.push(['P-007 submitted', (app, as) => app.submitProposal('LF-01', {
    id: 'P-007', baseRevision: 1, rationale: 'Planen ska förankras innan den fastställs.',
    changes: [{ op: 'replace', path: '/steps/sammanstall/name', value: 'Sammanställa och förankra lokalförsörjningsplan' }],
  }, as('anna')), 10 * DAY]);
  steps.push(['P-008 submitted', (app, as) => app.submitProposal('LF-01', {
    id: 'P-008', baseRevision: 1, rationale: 'Beskriv planens innehåll.',
    changes: [
      { op: 'test', path: '/steps/sammanstall/name', value: 'Sammanställa lokalförsörjningsplan' },
      { op: 'add', path: '/steps/sammanstall/description', value: 'Planen omfattar fem år och revideras årligen.' },
    ],
  }, as('cecilia'))]);
  steps.push(...reviewAll('P-007', participantsOf('LF-01')));
  steps.push(...reviewAll('P-008', participantsOf('LF-01')));
  steps.push(['adopt LF-01 r2 by ksn', (app, as) => app.recordAdoption('LF-01', { stakeholder: 'ksn', revision: 2, adoptedOn: '2025-03-03' }, as('bjorn')), 6 * DAY]);

  // P-009: open, awaiting reviews, with a deadline.
  steps.push(['P-009 submitted', (app, as) => app.submitProposal('LF-04', {
    id: 'P-009', baseRevision: 1, rationale: 'Bevaka uppsägningstider även för skollokaler.', reviewDeadline: '2027-06-30T00:00:00.000Z',
    changes: [{ op: 'add', path: '/steps/bevaka/description', value: 'Bevakning sker nio månader före avtalets slut.' }],
  }, as('anna')), 20 * DAY]);
  steps.push(...reviewAll('P-009', ['ksn', 'uppsalahem']));

  // P-010: escalated and awaiting a decision; the object body holds an administration-level proposal.
  steps.push(['P-010 submitted', (app, as) => app.submitProposal('FF-03', {
    id: 'P-010', baseRevision: 1, rationale: 'Projektuppdraget ska innehålla en driftbudget.',
    changes: [{ op: 'replace', path: '/handovers/h-uppdrag/artifact', value: 'Projektuppdrag med driftbudget' }],
  }, as('anna')), 7 * DAY]);
  steps.push(...reviewAll('P-010', ['ksn', 'skolfastigheter'], { skolfastigheter: 'reject' }));
  steps.push(...rollOutOfCleaning());
  return steps;
}

/**
 * Issue 15 in the demo. P-011 rewrites FF-04's step "Utföra lokalvård", the very step
 * Skolfastigheter's deviation (P-004) covers: revision 2 makes that deviation need re-approval.
 * The object body then sets target adoption dates for revision 2; UTBN and Uppsalahem adopt in
 * time, Idrott och fritid does not and is overdue (its date has passed). Then the body sets FF-04's
 * default: 90 days after each later revision is applied.
 */
function rollOutOfCleaning(): Step[] {
  return [
    ['P-011 submitted', (app, as) => app.submitProposal('FF-04', {
      id: 'P-011', baseRevision: 1, rationale: 'Lokalvården ska följa den avtalade städfrekvensen per lokaltyp.',
      changes: [{ op: 'add', path: '/steps/utfora/description', value: 'Enligt avtalad städfrekvens per lokaltyp.' }],
    }, as('fredrik')), 10 * DAY],
    ...reviewAll('P-011', participantsOf('FF-04')),
    ['FF-04 r2 targets', (app, as) => app.setAdoptionTargets('FF-04', { revision: 2, targets: { utbn: '2024-12-31', ifn: '2024-12-31', uppsalahem: '2024-12-31' } }, as('johan')), 2 * DAY],
    ['adopt FF-04 r2 by utbn', (app, as) => app.recordAdoption('FF-04', { stakeholder: 'utbn', revision: 2, adoptedOn: '2024-09-24' }, as('cecilia')), 5 * DAY],
    ['adopt FF-04 r2 by uppsalahem', (app, as) => app.recordAdoption('FF-04', { stakeholder: 'uppsalahem', revision: 2, adoptedOn: '2024-09-29' }, as('eva')), 5 * DAY],
    // From now on each revision of FF-04 gets every participant's target 90 days after it is applied.
    ['FF-04 default target', (app, as) => app.setDefaultAdoptionTarget('FF-04', { daysAfterApplied: 90 }, as('johan')), DAY],
  ];
}
