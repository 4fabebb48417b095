/**
 * Every example of docs/api.md as a typed call through a client generated from /docs-json
 * (openapi-typescript + openapi-fetch, docs/openapi.md). test/openapi/generated-client.spec.ts
 * compiles this file under `tsc --strict` against the freshly generated `./generated/samsyn-api`
 * and then runs it against a real server, checking every answer against the document's schema.
 * The reads of response fields below are part of the check: a field the document lost, or one
 * that became `unknown`, no longer compiles.
 */
import createClient from 'openapi-fetch';
import type { Answer, Who } from './answer';
import type { components, paths } from './generated/samsyn-api';

type Schemas = components['schemas'];
/** `?table=<name>`'s flat JSON rows, which a read with CSV tables answers instead of itself. */
type TableRows = Schemas['TableRow'][];
/**
 * A read with tables answers itself or, for `?table=`, its rows: the document says both. A call
 * without `table` gets the read itself, which a client says once (docs/openapi.md).
 */
const whole = <T>(data: T | TableRows | undefined): T | undefined => data as T | undefined;
/** The headers an answer must find in the document when it sends them. */
const DECLARED = ['etag', 'location', 'link', 'idempotent-replayed'];

interface Sent {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export const DEFINITION: Schemas['ProcessDefinitionSchema'] = {
  purpose: 'Analysera lokalbehov',
  participants: ['ksn', 'uh', 'utbn'],
  steps: {
    s1: { name: 'Beskriv behov', performer: 'ksn', order: 1, terms: ['lokal'], systems: ['fastsys'] },
    s2: { name: 'Hitta lokal', performer: 'uh', order: 2 },
    s3: { name: 'Flytta in', performer: 'utbn', order: 3 },
  },
  handovers: { h1: { from: 's1', to: 's2', artifact: 'behovsbeskrivning' } },
};

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:samsyn">
  <process id="LF-01" name="Lokalbehovsanalys"><task id="a" name="Beskriv behov"/><task id="b" name="Hitta lokal"/>
  <sequenceFlow id="f" sourceRef="a" targetRef="b"/></process></definitions>`;

export const runApiExamples = async (baseUrl: string, token: Record<Who, string>, record: (a: Answer) => void): Promise<void> => {
  // JSON answers only: a read that also answers text/csv would otherwise type `data` as JSON | string.
  const client = createClient<paths, `${string}/json`>({ baseUrl });
  const text = createClient<paths>({ baseUrl });
  const as = (who: Who) => ({ Authorization: `Bearer ${token[who]}` });
  /** Records the answer; a 4xx or 5xx here is a broken example. */
  const ok = async <T extends Sent>(method: string, path: string, sent: Promise<T>): Promise<T> => {
    const r = await sent;
    const contentType = r.response.headers.get('content-type');
    const headers = Object.fromEntries(DECLARED.flatMap((h) => (r.response.headers.has(h) ? [[h, r.response.headers.get(h)!]] : [])));
    record({ method, path, status: r.response.status, contentType, headers, body: r.data ?? r.error });
    if (r.response.status >= 400) throw new Error(`${method} ${path}: ${r.response.status} ${JSON.stringify(r.error)}`);
    return r;
  };

  // Registers (docs/api.md "Writes").
  for (const [id, name, kind] of [['ksn', 'Kommunstyrelsen', 'committee'], ['uh', 'Uppsalahem', 'company'], ['utbn', 'Utbildningsnämnden', 'committee']] as const) {
    const s = await ok('POST', '/stakeholders', client.POST('/stakeholders', { headers: as('ada'), body: { id, name, kind } }));
    const registered: string | undefined = s.data?.id;
    if (registered !== id || s.response.headers.get('Location') !== `/stakeholders/${id}`) throw new Error(`stakeholder ${id} not registered at its Location`);
  }
  await ok('PATCH', '/stakeholders/{id}', client.PATCH('/stakeholders/{id}', { headers: as('ada'), params: { path: { id: 'utbn' } }, body: { name: 'Utbildningsnämnden (UBN)' } }));
  await ok('POST', '/stakeholders', client.POST('/stakeholders', { headers: as('ada'), body: { id: 'old', name: 'Gamla nämnden', kind: 'committee' } }));
  await ok('POST', '/stakeholders/{id}/retire', client.POST('/stakeholders/{id}/retire', { headers: as('ada'), params: { path: { id: 'old' } }, body: { reason: 'sammanslagen' } }));
  await ok('POST', '/bodies', client.POST('/bodies', { headers: as('ada'), body: { id: 'port', name: 'Portfölj', level: 'portfolio', members: ['pia'] } }));
  await ok('POST', '/bodies', client.POST('/bodies', { headers: as('ada'), body: { id: 'adm', name: 'Förvaltning', level: 'administration', parent: 'port', members: ['adam'] } }));
  const obj = await ok('POST', '/bodies', client.POST('/bodies', { headers: as('ada'), body: { id: 'obj', name: 'Objekt', level: 'object', parent: 'adm', members: [] } }));
  const parent: string | null | undefined = obj.data?.parent;
  await ok('PUT', '/bodies/{id}/members', client.PUT('/bodies/{id}/members', { headers: as('ada'), params: { path: { id: 'obj' } }, body: { members: ['olle'] } }));
  const term = await ok('POST', '/terms', client.POST('/terms', { headers: as('ada'), body: { id: 'lokal', label: 'Lokal', definition: 'Rum eller byggnad som en verksamhet använder' } }));
  const synonyms: Record<string, string[]> | undefined = term.data?.synonyms;
  await ok('POST', '/terms/{id}/synonyms', client.POST('/terms/{id}/synonyms', { headers: as('ada'), params: { path: { id: 'lokal' } }, body: { stakeholder: 'uh', label: 'Hyresobjekt' } }));
  await ok('POST', '/systems', client.POST('/systems', { headers: as('ada'), body: { id: 'fastsys', name: 'Fastighetssystem', ownerStakeholder: 'ksn', governingBody: 'obj' } }));
  await ok('PATCH', '/terms/{id}', client.PATCH('/terms/{id}', { headers: as('ada'), params: { path: { id: 'lokal' } }, body: { label: 'Lokal', definition: 'Rum eller byggnad som en verksamhet hyr eller äger' } }));
  await ok('POST', '/terms', client.POST('/terms', { headers: as('ada'), body: { id: 'gammal', label: 'Lokalitet', definition: 'Äldre ord för lokal' } }));
  const deprecated = await ok('POST', '/terms/{id}/deprecate', client.POST('/terms/{id}/deprecate', { headers: as('ada'), params: { path: { id: 'gammal' } }, body: { reason: 'ersatt', replacedBy: 'lokal' } }));
  const replacement: string | null | undefined = deprecated.data?.replacedBy;
  await ok('POST', '/systems', client.POST('/systems', { headers: as('ada'), body: { id: 'oldsys', name: 'Gamla systemet', ownerStakeholder: 'ksn', governingBody: 'obj' } }));
  const retired = await ok('POST', '/systems/{id}/retire', client.POST('/systems/{id}/retire', { headers: as('ada'), params: { path: { id: 'oldsys' } }, body: { reason: 'avvecklat' } }));
  const systemStatus: 'active' | 'retired' | undefined = retired.data?.status;
  const process = await ok('POST', '/processes', client.POST('/processes', { headers: as('anna'), body: { id: 'LF-01', name: 'Lokalbehovsanalys', ownerStakeholder: 'ksn', governingBody: 'obj', definition: DEFINITION } }));
  const head: number | undefined = process.data?.headRevision;
  const defaultTarget = await ok('PUT', '/processes/{id}/default-adoption-target', client.PUT('/processes/{id}/default-adoption-target', { headers: as('anna'), params: { path: { id: 'LF-01' } }, body: { daysAfterApplied: 90 } }));
  const targetDays: number | undefined = defaultTarget.data?.defaultAdoptionTarget?.daysAfterApplied;

  // A proposal's life: preview, submit, amend, review, decide, withdraw another.
  const changes: Schemas['PatchOperationDto'][] = [{ op: 'replace', path: '/steps/s2/name', value: 'Hitta lämplig lokal' }];
  const preview = await ok('POST', '/processes/{id}/proposals/preview', client.POST('/processes/{id}/proposals/preview', { headers: as('anna'), params: { path: { id: 'LF-01' } }, body: { baseRevision: 1, changes } }));
  const level: 'object' | 'administration' | 'portfolio' | undefined = preview.data?.requiredLevel;
  const submitted = await ok('POST', '/processes/{id}/proposals', client.POST('/processes/{id}/proposals', {
    headers: { ...as('anna'), 'Idempotency-Key': 'submit-1' },
    params: { path: { id: 'LF-01' } },
    body: { id: 'P-1', baseRevision: 1, changes, rationale: 'Kommunstyrelsen hittar lokalen', reviewDeadline: null },
  }));
  const etag = submitted.response.headers.get('ETag') ?? undefined;
  const awaiting: string[] | undefined = submitted.data?.awaitingReviewFrom;
  const heldBy: string | null | undefined = submitted.data?.heldBy;
  await ok('POST', '/proposals/{id}/amend', client.POST('/proposals/{id}/amend', {
    headers: { ...as('anna'), ...(etag ? { 'If-Match': etag } : {}) },
    params: { path: { id: 'P-1' } },
    body: { baseRevision: 1, changes, rationale: 'Kommunstyrelsen hittar lokalen själv' },
  }));
  await ok('POST', '/proposals/{id}/reviews', client.POST('/proposals/{id}/reviews', { headers: as('rita'), params: { path: { id: 'P-1' } }, body: { stakeholder: 'ksn', verdict: 'accept', comment: 'Bra' } }));
  await ok('POST', '/proposals/{id}/reviews', client.POST('/proposals/{id}/reviews', { headers: as('tina'), params: { path: { id: 'P-1' } }, body: { stakeholder: 'utbn', verdict: 'accept', comment: 'Ok' } }));
  const rejected = await ok('POST', '/proposals/{id}/reviews', client.POST('/proposals/{id}/reviews', { headers: as('ulf'), params: { path: { id: 'P-1' } }, body: { stakeholder: 'uh', verdict: 'reject', comment: 'Vi vill behålla steget' } }));
  const holder = rejected.data?.heldBy ?? 'obj';
  const decided = await ok('POST', '/proposals/{id}/decisions', client.POST('/proposals/{id}/decisions', {
    headers: as(holder === 'adm' ? 'adam' : holder === 'port' ? 'pia' : 'olle'),
    params: { path: { id: 'P-1' } },
    body: { body: holder, outcome: 'approve', motivation: 'Ryms i objektets mandat' },
  }));
  const applied: number | null | undefined = decided.data?.appliedRevision;
  await ok('POST', '/processes/{id}/proposals', client.POST('/processes/{id}/proposals', { headers: as('anna'), params: { path: { id: 'LF-01' } }, body: { id: 'P-2', kind: 'change', baseRevision: 2, changes: [{ op: 'replace', path: '/purpose', value: 'Analysera behov' }], rationale: 'Kortare' } }));
  await ok('POST', '/proposals/{id}/withdraw', client.POST('/proposals/{id}/withdraw', { headers: as('anna'), params: { path: { id: 'P-2' } }, body: { reason: 'Inte nu' } }));
  await ok('POST', '/processes/{id}/adoptions', client.POST('/processes/{id}/adoptions', { headers: as('rita'), params: { path: { id: 'LF-01' } }, body: { stakeholder: 'ksn', revision: 2, adoptedOn: '2025-01-10' } }));

  const deviation = await ok('POST', '/processes/{id}/proposals', client.POST('/processes/{id}/proposals', {
    headers: as('uno'),
    params: { path: { id: 'LF-01' } },
    body: { id: 'D-1', kind: 'deviation', stakeholder: 'uh', baseRevision: 2, changes: [{ op: 'replace', path: '/steps/s2/name', value: 'Hitta lokal genom egen mäklare' }], rationale: 'Vi har eget avtal' },
  }));
  const deviationStatus: string | undefined = deviation.data?.status;
  for (const [who, stakeholder] of [['rita', 'ksn'], ['ulf', 'uh'], ['tina', 'utbn']] as const) {
    await ok('POST', '/proposals/{id}/reviews', client.POST('/proposals/{id}/reviews', { headers: as(who), params: { path: { id: 'D-1' } }, body: { stakeholder, verdict: 'accept', comment: 'Ok' } }));
  }
  const deviationDiff = await ok('GET', '/processes/{id}/deviations/{stakeholder}/diff', client.GET('/processes/{id}/deviations/{stakeholder}/diff', { headers: as('aud'), params: { path: { id: 'LF-01', stakeholder: 'uh' } } }));
  const covers: string[] | undefined = deviationDiff.data?.covers.steps;
  await ok('POST', '/processes/{id}/adoption-targets', client.POST('/processes/{id}/adoption-targets', { headers: as('olle'), params: { path: { id: 'LF-01' } }, body: { revision: 2, targets: { uh: '2025-06-30', utbn: '2025-06-30' } } }));
  // BPMN (docs/bpmn.md): the document is the body, as a string.
  const bpmnHeaders = { ...as('anna'), 'Content-Type': 'application/bpmn+xml' };
  const imported = await ok('POST', '/bpmn/definition', client.POST('/bpmn/definition', { headers: bpmnHeaders, body: BPMN, bodySerializer: (b: string) => b }));
  const warnings: Schemas['BpmnWarningSchema'][] | undefined = imported.data?.warnings;
  const fromBpmn = await ok('POST', '/processes/{id}/proposals/from-bpmn', client.POST('/processes/{id}/proposals/from-bpmn', { headers: bpmnHeaders, params: { path: { id: 'LF-01' }, query: { preview: '1' } }, body: BPMN, bodySerializer: (b: string) => b }));
  void fromBpmn.data;
  await ok('GET', '/processes/{id}/bpmn', text.GET('/processes/{id}/bpmn', { headers: as('aud'), params: { path: { id: 'LF-01' }, query: { revision: '2' } }, parseAs: 'text' }));

  // Webhooks (docs/webhooks.md).
  const hook = await ok('POST', '/webhooks', client.POST('/webhooks', { headers: as('ada'), body: { id: 'arkiv', url: 'http://127.0.0.1:9/hook', filter: { eventTypes: ['ProposalSubmitted'] }, description: null } }));
  const secret: string | undefined = hook.data?.secret;
  if (!secret) throw new Error('the webhook answer carries no secret');
  const wh = { headers: as('ada'), params: { path: { id: 'arkiv' } } };
  await ok('PATCH', '/webhooks/{id}', client.PATCH('/webhooks/{id}', { ...wh, body: { description: 'Arkivets diarium' } }));
  await ok('POST', '/webhooks/{id}/rotate-secret', client.POST('/webhooks/{id}/rotate-secret', wh));
  await ok('POST', '/webhooks/{id}/pause', client.POST('/webhooks/{id}/pause', { ...wh, body: { note: 'ombyggnad' } }));
  await ok('POST', '/webhooks/{id}/resume', client.POST('/webhooks/{id}/resume', wh));
  const one = await ok('GET', '/webhooks/{id}', client.GET('/webhooks/{id}', wh));
  const rev: string | undefined = one.data?.revision;
  await ok('GET', '/webhooks', client.GET('/webhooks', { headers: as('ada') }));
  await ok('GET', '/webhooks/{id}/deliveries', client.GET('/webhooks/{id}/deliveries', { ...wh, params: { path: { id: 'arkiv' }, query: { limit: '10' } } }));
  await ok('DELETE', '/webhooks/{id}', client.DELETE('/webhooks/{id}', wh));

  // Comments (docs/comments.md).
  const started = await ok('POST', '/processes/{id}/comments', client.POST('/processes/{id}/comments', { headers: as('anna'), params: { path: { id: 'LF-01' } }, body: { id: 't1', text: 'Vad menar @rita med steg 2?' } }));
  const thread = started.data?.id ?? 't1';
  const reply = await ok('POST', '/processes/{id}/comments', client.POST('/processes/{id}/comments', { headers: as('rita'), params: { path: { id: 'LF-01' } }, body: { thread, text: 'Att KSN gör det' } }));
  const firstComment = reply.data?.comments[0]?.id ?? 'c1';
  const postedAt: string | undefined = reply.data?.comments[1]?.postedAt;
  await ok('POST', '/processes/{id}/steps/{step}/comments', client.POST('/processes/{id}/steps/{step}/comments', { headers: as('anna'), params: { path: { id: 'LF-01', step: 's1' } }, body: { text: 'Stämmer beskrivningen?' } }));
  await ok('POST', '/proposals/{id}/comments', client.POST('/proposals/{id}/comments', { headers: as('anna'), params: { path: { id: 'P-1' } }, body: { text: 'Genomfört' } }));
  await ok('PATCH', '/comments/{thread}/{comment}', client.PATCH('/comments/{thread}/{comment}', { headers: as('anna'), params: { path: { thread, comment: firstComment } }, body: { text: 'Vad menar @rita med steg två?' } }));
  await ok('POST', '/comments/{thread}/resolve', client.POST('/comments/{thread}/resolve', { headers: as('anna'), params: { path: { thread } } }));
  await ok('POST', '/comments/{thread}/reopen', client.POST('/comments/{thread}/reopen', { headers: as('anna'), params: { path: { thread } } }));
  const oneThread = await ok('GET', '/comments/{thread}', client.GET('/comments/{thread}', { headers: as('aud'), params: { path: { thread } } }));
  const threadStatus: 'open' | 'resolved' | undefined = oneThread.data?.status;
  const comments = await ok('GET', '/processes/{id}/comments', client.GET('/processes/{id}/comments', { headers: as('aud'), params: { path: { id: 'LF-01' } } }));
  const editedAt: string | null | undefined = comments.data?.threads[0]?.comments[0]?.editedAt;
  await ok('GET', '/proposals/{id}/comments', client.GET('/proposals/{id}/comments', { headers: as('aud'), params: { path: { id: 'P-1' } } }));
  await ok('GET', '/principals', client.GET('/principals', { headers: as('anna'), params: { query: { prefix: 'r' } } }));

  // Management objects and plans (docs/management-objects.md), minutes, review cycles.
  await ok('PUT', '/bodies/{id}/budget-frame', client.PUT('/bodies/{id}/budget-frame', { headers: as('ada'), params: { path: { id: 'obj' } }, body: { budgetFrame: 1_000_000 } }));
  const roles = { owner: 'olle', businessManager: 'anna', itManager: 'ulf' };
  await ok('POST', '/management-objects', client.POST('/management-objects', { headers: as('ada'), body: { id: 'lokal-mo', name: 'Lokalförsörjning', systems: ['fastsys'], processes: ['LF-01'], body: 'obj', roles } }));
  await ok('PUT', '/management-objects/{id}', client.PUT('/management-objects/{id}', { headers: as('ada'), params: { path: { id: 'lokal-mo' } }, body: { name: 'Lokalförsörjning', systems: ['fastsys'], processes: ['LF-01'], body: 'obj' } }));
  await ok('PUT', '/management-objects/{id}/roles', client.PUT('/management-objects/{id}/roles', { headers: as('ada'), params: { path: { id: 'lokal-mo' } }, body: roles }));
  const plan = { goals: ['Alla lokaler inventerade'], activities: [{ id: 'inv', title: 'Inventera', state: 'planned' as const }], budget: 500_000, risks: [], forums: [{ name: 'Styrgrupp', cadence: 'varje månad' }] };
  const year = { id: 'lokal-mo', year: '2025' };
  await ok('PUT', '/management-objects/{id}/plans/{year}', client.PUT('/management-objects/{id}/plans/{year}', { headers: as('anna'), params: { path: year }, body: plan }));
  const decidedPlan = await ok('POST', '/management-objects/{id}/plans/{year}/decision', client.POST('/management-objects/{id}/plans/{year}/decision', { headers: as('olle'), params: { path: year }, body: { revision: 1, outcome: 'approve', motivation: 'Inom ramen' } }));
  const planStatus: 'draft' | 'decided' | 'rejected' | null | undefined = decidedPlan.data?.status;
  await ok('POST', '/management-objects/{id}/plans/{year}/follow-ups', client.POST('/management-objects/{id}/plans/{year}/follow-ups', { headers: as('anna'), params: { path: year }, body: { activities: [{ id: 'inv', state: 'ongoing' }], budgetSpent: 100_000, note: null } }));
  await ok('POST', '/management-objects/{id}/plans/{year}/revisions', client.POST('/management-objects/{id}/plans/{year}/revisions', { headers: as('anna'), params: { path: year }, body: { ...plan, budget: 600_000 } }));
  await ok('POST', '/bodies/{id}/minutes', client.POST('/bodies/{id}/minutes', { headers: as('olle'), params: { path: { id: 'obj' } }, body: { meeting: '2025-01', date: '2025-01-10', present: ['olle'], decisions: [{ kind: 'plan', ref: 'lokal-mo/2025/1' }] } }));
  await ok('GET', '/management-objects', client.GET('/management-objects', { headers: as('aud'), params: { query: { body: 'obj' } } }));
  await ok('GET', '/management-objects/{id}', client.GET('/management-objects/{id}', { headers: as('aud'), params: { path: { id: 'lokal-mo' } } }));
  const planRead = await ok('GET', '/management-objects/{id}/plans/{year}', client.GET('/management-objects/{id}/plans/{year}', { headers: as('aud'), params: { path: year } }));
  const followUp: Schemas['PlanFollowUpSchema'] | null | undefined = planRead.data?.followUp;
  await ok('GET', '/bodies/{id}/minutes', client.GET('/bodies/{id}/minutes', { headers: as('aud'), params: { path: { id: 'obj' } } }));
  await ok('GET', '/bodies/{id}/minutes/{meeting}', client.GET('/bodies/{id}/minutes/{meeting}', { headers: as('aud'), params: { path: { id: 'obj', meeting: '2025-01' } } }));
  await ok('PUT', '/processes/{id}/review-cycle', client.PUT('/processes/{id}/review-cycle', { headers: as('anna'), params: { path: { id: 'LF-01' } }, body: { intervalMonths: 12, owner: 'anna' } }));
  await ok('POST', '/processes/{id}/review-cycle/reviews', client.POST('/processes/{id}/review-cycle/reviews', { headers: as('anna'), params: { path: { id: 'LF-01' } }, body: { comment: 'Granskad, ingen ändring' } }));
  const cycle = await ok('GET', '/processes/{id}/review-cycle', client.GET('/processes/{id}/review-cycle', { headers: as('aud'), params: { path: { id: 'LF-01' } } }));
  const nextDue: string | undefined = cycle.data?.view?.nextDue;

  // Reads (docs/api.md "Reads"), each as JSON.
  const aud = { headers: as('aud') };
  const catalogue = await ok('GET', '/catalogue', client.GET('/catalogue', aud));
  const status: Record<string, string> | undefined = whole(catalogue.data)?.[0]?.status;
  const entry = await ok('GET', '/processes/{id}', client.GET('/processes/{id}', { ...aud, params: { path: { id: 'LF-01' } } }));
  const steps: Record<string, Schemas['StepSchema']> | undefined = entry.data?.definition.steps;
  const revisions = await ok('GET', '/processes/{id}/revisions', client.GET('/processes/{id}/revisions', { ...aud, params: { path: { id: 'LF-01' } } }));
  const proposalId: string | null | undefined = revisions.data?.[1]?.proposalId;
  await ok('GET', '/processes/{id}/revisions/{n}', client.GET('/processes/{id}/revisions/{n}', { ...aud, params: { path: { id: 'LF-01', n: 1 } } }));
  const diff = await ok('GET', '/processes/{id}/diff', client.GET('/processes/{id}/diff', { ...aud, params: { path: { id: 'LF-01' }, query: { from: '1', to: '2' } } }));
  const changed: { id: string; fields: string[] }[] | undefined = diff.data?.steps.changed;
  await ok('GET', '/proposals', client.GET('/proposals', { ...aud, params: { query: { status: 'applied', process: 'LF-01' } } }));
  const proposal = await ok('GET', '/proposals/{id}', client.GET('/proposals/{id}', { ...aud, params: { path: { id: 'P-1' } } }));
  const deadline: string | null | undefined = proposal.data?.reviewDeadline;
  const stakeholder: string | null | undefined = proposal.data?.stakeholder;
  // Paging (docs/api.md "Paging"): a page, and the next one at the Link the first hands out.
  const page = await ok('GET', '/stakeholders', client.GET('/stakeholders', { ...aud, params: { query: { limit: '2' } } }));
  const after = /[?&]after=([^&>]+)/.exec(page.response.headers.get('Link') ?? '')?.[1];
  if (!after) throw new Error('GET /stakeholders?limit=2 sent no Link: rel="next"');
  await ok('GET', '/stakeholders', client.GET('/stakeholders', { ...aud, params: { query: { limit: '2', after } } }));
  const stakeholderRead = await ok('GET', '/stakeholders/{id}', client.GET('/stakeholders/{id}', { ...aud, params: { path: { id: 'ksn' } } }));
  const kind: 'committee' | 'company' | 'administration' | 'office' | undefined = stakeholderRead.data?.kind;
  const bodyRead = await ok('GET', '/bodies/{id}', client.GET('/bodies/{id}', { ...aud, params: { path: { id: 'obj' } } }));
  const members: string[] | undefined = bodyRead.data?.members;
  const oneTerm = await ok('GET', '/terms/{id}', client.GET('/terms/{id}', { ...aud, params: { path: { id: 'gammal' } } }));
  const deprecationReason: string | null | undefined = oneTerm.data?.deprecationReason;
  const system = await ok('GET', '/systems/{id}', client.GET('/systems/{id}', { ...aud, params: { path: { id: 'fastsys' } } }));
  const usedBy: string[] | undefined = system.data?.usedIn.stakeholders;
  const history = await ok('GET', '/stakeholders/{id}/history', client.GET('/stakeholders/{id}/history', { ...aud, params: { path: { id: 'ksn' } } }));
  const what: string | undefined = whole(history.data)?.[0]?.what;
  await ok('GET', '/bodies', client.GET('/bodies', aud));
  const terms = await ok('GET', '/terms', client.GET('/terms', aud));
  const replacedBy: string | null | undefined = terms.data?.[0]?.replacedBy;
  await ok('GET', '/systems', client.GET('/systems', aud));
  const events = await ok('GET', '/audit/events', client.GET('/audit/events', { ...aud, params: { query: { limit: '5', stream: 'process-LF-01' } } }));
  const nextAfter: string | null | undefined = whole(events.data)?.nextAfter;
  const verify = await ok('GET', '/audit/verify', client.GET('/audit/verify', aud));
  const chainOk: boolean | undefined = verify.data?.ok;
  await ok('GET', '/audit/head', client.GET('/audit/head', aud));
  await ok('GET', '/audit/public-key', client.GET('/audit/public-key', aud));
  await ok('GET', '/audit/proof/inclusion', client.GET('/audit/proof/inclusion', { ...aud, params: { query: { position: '1' } } }));
  await ok('GET', '/audit/proof/consistency', client.GET('/audit/proof/consistency', { ...aud, params: { query: { from: '1', to: '3' } } }));
  const harmonization = await ok('GET', '/reports/harmonization', client.GET('/reports/harmonization', aud));
  const index: number | null | undefined = whole(harmonization.data)?.overall.index;
  // ?table= without CSV: that table as flat JSON rows, paged like any list.
  const rows = await ok('GET', '/reports/harmonization', client.GET('/reports/harmonization', { ...aud, params: { query: { table: 'statuses', limit: '1' } } }));
  const cell: Schemas['TableRow'][string] | undefined = Array.isArray(rows.data) ? rows.data[0]?.status : undefined;
  await ok('GET', '/reports/harmonization/series', client.GET('/reports/harmonization/series', { ...aud, params: { query: { from: '2025-01-01', interval: 'month' } } }));
  await ok('GET', '/reports/governance', client.GET('/reports/governance', aud));
  await ok('GET', '/reports/nomenclature', client.GET('/reports/nomenclature', aud));
  await ok('GET', '/reports/variants', client.GET('/reports/variants', aud));
  await ok('GET', '/reports/reviews', client.GET('/reports/reviews', { ...aud, params: { query: { dueWithinDays: 30 } } }));
  const handovers = await ok('GET', '/handovers', client.GET('/handovers', { ...aud, params: { query: { stakeholder: 'ksn' } } }));
  const reasons: string[] | undefined = whole(handovers.data)?.handovers[0]?.reasons;
  const tasks = await ok('GET', '/me/tasks', client.GET('/me/tasks', { headers: as('rita') }));
  const total: number | undefined = tasks.data?.total;
  await ok('GET', '/me', client.GET('/me', { headers: as('anna') }));
  await ok('PUT', '/me/notification-preferences', client.PUT('/me/notification-preferences', { headers: as('rita'), body: { kinds: ['review', 'mention'], email: true, language: 'sv' } }));
  await ok('PUT', '/principals/{id}/email-address', client.PUT('/principals/{id}/email-address', { headers: as('ada'), params: { path: { id: 'rita' } }, body: { address: 'rita@example.org' } }));
  await ok('GET', '/processes/{id}/evidence', text.GET('/processes/{id}/evidence', { ...aud, params: { path: { id: 'LF-01' } }, parseAs: 'text' }));
  await ok('GET', '/auth/config', client.GET('/auth/config'));
  await ok('GET', '/health', client.GET('/health'));
  await ok('GET', '/health/live', client.GET('/health/live'));
  await ok('GET', '/health/ready', client.GET('/health/ready'));

  // CSV of the same reads (`?format=csv`) answers text/csv, the body a string.
  await ok('GET', '/reports/harmonization', text.GET('/reports/harmonization', { ...aud, params: { query: { format: 'csv', locale: 'sv' } }, parseAs: 'text' }));
  await ok('GET', '/catalogue', text.GET('/catalogue', { ...aud, params: { query: { format: 'csv' } }, parseAs: 'text' }));

  // The values read above are the compile-time check; this keeps them used.
  void [deviationStatus, covers, replacement, systemStatus, targetDays, postedAt, threadStatus, kind, members, deprecationReason, usedBy, cell, parent, synonyms, head, level, awaiting, heldBy, applied, warnings, rev, editedAt, planStatus, followUp, nextDue, status, steps, proposalId, changed, deadline, stakeholder, what, replacedBy, nextAfter, chainOk, index, reasons, total];
};
