import { Pool } from 'pg';
import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import type { Principal } from '@samsyn/domain/shared';
import type { StoredEvent } from '@samsyn/event-store';
import { allProjections } from '@samsyn/projections/all-projections';
import { ProjectionQueries } from '@samsyn/projections/queries/projection-queries';
import { ProjectionRunner } from '@samsyn/projections/runtime/projection-runner';
import { sqliteProjectionStateStore, type SqliteProjectionStore } from '@samsyn/projections/state-store/sqlite-projection-state-store';
import { createPostgresEventStore, type PostgresEventStore } from '@samsyn/store-postgres';
import { signHs256Token } from '../../apps/api/src/infrastructure/auth/token-verifier';
import { jsonSafe } from '../../apps/api/src/infrastructure/http/json-safe';
import { describeWithPostgres } from '../../libs/store-postgres/src/testing/postgres-test-server';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { createFreshDatabase, type FreshDatabase } from './support/fresh-database';
import { call, describeAnswer, expectOk, ok, pollUntil, seededRandom, shuffle, type Answer } from './support/race-http';

/**
 * Issue 5, "Two servers, one store": two API processes (real OS processes, each with its own read
 * models) on one PostgreSQL database. Submissions, reviews, the overdue process manager and
 * decisions race through both, and the test shows: no lost update, every 2xx answer's event in
 * the store at or below its ETag, and both processes' read models equal to a fresh rebuild.
 */

const SECRET = 'two-servers-test-secret-0123456789abcdef';
const SEED = Number(process.env.SAMSYN_RACE_SEED ?? Date.now() % 2 ** 31);
/** Rounds of the three review plans per process; raise it (SAMSYN_RACE_ROUNDS=5) to hunt for rarer interleavings. */
const ROUNDS = Number(process.env.SAMSYN_RACE_ROUNDS ?? 1);
const HOLDING_BODY = 'objekt-lokal';
/** A second member of the holding body, so that two different people can race its decision. */
const SECOND_MEMBER = 'sven';

/** What a racing loser may answer: a conflict, or the domain's refusal once the winner's event is in. */
const LOSER_CODES = new Set(['CONCURRENCY_CONFLICT', 'ALREADY_REVIEWED', 'ALREADY_EXISTS', 'PROPOSAL_CLOSED', 'INVALID_PROPOSAL_STATE']);
const isLoser = (a: Answer): boolean => (a.status === 409 || a.status === 422) && LOSER_CODES.has(a.body?.code);

/** An object-level change per demo process: it renames a step of one stakeholder; all of them are governed by objekt-lokal. */
const STEP_OF: Record<string, string> = { 'LF-01': 'sammanstall', 'LF-02': 'forhandla', 'LF-03': 'annonsera', 'LF-04': 'omforhandla' };

/**
 * consensus: every participant accepts (the first one's review goes to both servers with one Idempotency-Key);
 * reject: one participant rejects on both servers; split: one participant accepts on one server and
 * rejects on the other, so the race decides the outcome; overdue: one review, then the deadline passes
 * and the two servers' process managers race to escalate it.
 */
type Plan = 'consensus' | 'reject' | 'split' | 'overdue';

interface RaceProposal {
  id: string;
  processId: string;
  plan: Plan;
  index: number;
  reviewers: string[];
}

type Verdict = 'accept' | 'reject';

interface ReviewRace {
  proposal: RaceProposal;
  stakeholder: string;
  /** The participant whose verdict decides the plan (exactly one of its two requests must win). */
  decisive: boolean;
  shots: { server: 'A' | 'B'; verdict: Verdict; idempotencyKey?: string }[];
  answers: Answer[];
}

interface DecisionRace {
  proposal: RaceProposal;
  shots: { server: 'A' | 'B'; who: string; outcome: 'approve' | 'reject' }[];
  answers: Answer[];
}

const reviewerOf: Record<string, string> = {};
for (const p of Object.values(PEOPLE)) for (const r of p.roles) if (r.role === 'reviewer' && !reviewerOf[r.stakeholder]) reviewerOf[r.stakeholder] = p.id;

const count = <T>(items: T[], pred: (t: T) => boolean): number => items.filter(pred).length;
const data = (e: StoredEvent): any => e.data;

/** JSON as the API sends it: bigints as strings, undefined dropped. */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(jsonSafe(v)));

describeWithPostgres('Two API processes on one PostgreSQL store', () => {
  const servers: Record<'A' | 'B', ApiProcess | undefined> = { A: undefined, B: undefined };
  let db: FreshDatabase | undefined;
  let store: PostgresEventStore | undefined;
  let rebuild: { runner: ProjectionRunner; state: SqliteProjectionStore; store: PostgresEventStore } | undefined;
  const tokens: Record<string, string> = {};
  const proposals: RaceProposal[] = [];
  const submissions: Answer[][] = [];
  const reviews: ReviewRace[] = [];
  const decisions: DecisionRace[] = [];
  const started = Date.now();

  const server = (name: 'A' | 'B'): ApiProcess => servers[name]!;
  const streamOf = (id: string) => store!.readStream(`proposal-${id}`);

  beforeAll(async () => {
    process.stdout.write(`two-servers race seed: ${SEED} (SAMSYN_RACE_SEED=${SEED} reproduces the order)\n`);
    db = await createFreshDatabase('two');
    const env = {
      SAMSYN_STORE: 'postgres',
      SAMSYN_POSTGRES_URL: db.url,
      SAMSYN_JWT_SECRET: SECRET,
      SAMSYN_WRITE_RATE_LIMIT: '1000000',
      // Both process managers sweep often, so they race each other on the overdue proposals.
      SAMSYN_OVERDUE_SWEEP_MS: '200',
      SAMSYN_READ_YOUR_WRITES_MS: '5000',
      LOG_LEVEL: 'warn',
    };
    // A seeds the demo and migrates; B starts on the populated store and catches up from it.
    servers.A = await startApiProcess('A', { ...env, SAMSYN_DEMO: '1' });
    // B keeps its read models' state and checkpoints in PostgreSQL (the operator's other choice).
    servers.B = await startApiProcess('B', { ...env, SAMSYN_DEMO: '0', SAMSYN_PROJECTION_STATE: 'postgres' });
    process.stdout.write(`two-servers: both API processes up after ${Date.now() - started} ms (pids ${servers.A.pid}, ${servers.B.pid})\n`);

    store = await createPostgresEventStore({ connectionString: db.url, poolConfig: { max: 4 } });
    const principals: Principal[] = [
      ...Object.values(PEOPLE),
      { id: SECOND_MEMBER, name: 'Sven Ås', roles: [] },
      { id: 'operator', name: 'Operator', roles: [{ role: 'admin' }, { role: 'auditor' }] },
    ];
    for (const p of principals) tokens[p.id] = await signHs256Token({ sub: p.id, name: p.name, roles: p.roles }, SECRET, '1h');
    expectOk(await call(server('B'), 'PUT', `/bodies/${HOLDING_BODY}/members`, tokens.operator, { body: { members: ['sara', SECOND_MEMBER] } }));
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled([servers.A?.stop(), servers.B?.stop()]);
    if (rebuild) {
      await rebuild.runner.stop().catch(() => undefined);
      rebuild.state.close();
      await rebuild.store.close();
    }
    await store?.close();
    const transactions = await db?.transactionCounts().catch((e: Error) => e.message);
    await db?.drop();
    const tally = (answers: Answer[]) => {
      const out: Record<string, number> = {};
      for (const a of answers) {
        const key = ok(a) ? `${a.server}:${a.status}` : `${a.status} ${a.body?.code ?? ''}`.trim();
        out[key] = (out[key] ?? 0) + 1;
      }
      return JSON.stringify(out);
    };
    const splits = proposals.filter((p) => p.plan === 'split').map((p) => (decisions.some((d) => d.proposal === p) ? 'reject won' : 'accept won'));
    process.stdout.write(
      [
        `two-servers: ${submissions.length} submission races ${tally(submissions.flat())}`,
        `  ${reviews.length} review races ${tally(reviews.flatMap((r) => r.answers))}; splits: ${splits.join(', ')}`,
        `  ${decisions.length} decision races ${tally(decisions.flatMap((d) => d.answers))}`,
        `  PostgreSQL transactions in the test database (rollbacks = appends that lost a revision race): ${JSON.stringify(transactions)}`,
        `  ${Date.now() - started} ms in all\n`,
      ].join('\n'),
    );
  }, 30_000);

  it('races every submission (one client-chosen id sent to both servers): exactly one 201', async () => {
    const catalogue = expectOk(await call(server('A'), 'GET', '/catalogue', tokens.operator)).body as { id: string; headRevision: number }[];
    const head = (id: string) => catalogue.find((p) => p.id === id)!.headRevision;
    const run = SEED.toString(36);
    const plans: [string, Plan][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const processId of Object.keys(STEP_OF)) for (const plan of ['consensus', 'reject', 'split'] as Plan[]) plans.push([processId, plan]);
    }
    const submit = async ([processId, plan]: [string, Plan], index: number, deadline?: string) => {
      const id = `two-${run}-${index}-${plan}`;
      const body = {
        id,
        baseRevision: head(processId),
        changes: [{ op: 'replace', path: `/steps/${STEP_OF[processId]}/name`, value: `Steg enligt ${id}` }],
        rationale: `Race ${plan} ${index}`,
        ...(deadline ? { reviewDeadline: deadline } : {}),
      };
      const answers = await Promise.all((['A', 'B'] as const).map((s) => call(server(s), 'POST', `/processes/${processId}/proposals`, tokens.anna, { body })));
      submissions.push(answers);
      const won = answers.filter(ok);
      expect({ id, winners: won.length, losers: answers.filter((a) => !ok(a)).map(describeAnswer) }).toEqual({ id, winners: 1, losers: expect.any(Array) });
      for (const a of answers.filter((x) => !ok(x))) expect({ id, loser: describeAnswer(a), allowed: isLoser(a) }).toEqual({ id, loser: describeAnswer(a), allowed: true });
      expect(won[0].status).toBe(201);
      expect(won[0].body).toMatchObject({ id, processId, status: 'submitted', requiredLevel: 'object' });
      proposals.push({ id, processId, plan, index, reviewers: won[0].body.reviewers });
    };
    await Promise.all(plans.map((plan, index) => submit(plan, index)));
    // Last, so that their first review (raced first in the next test) comes well before the deadline.
    const deadline = new Date(Date.now() + 3_000).toISOString();
    await Promise.all((['LF-01', 'LF-04'] as const).map((processId, i) => submit([processId, 'overdue'], plans.length + i, deadline)));
    proposals.sort((a, b) => a.index - b.index);
    expect(proposals).toHaveLength(12 * ROUNDS + 2);
  }, 30_000);

  it('races every participant\'s review through both servers at once: one review per stakeholder, never a 5xx', async () => {
    for (const p of proposals) {
      p.reviewers.forEach((stakeholder, k) => {
        const both = (verdict: Verdict, idempotencyKey?: string) => [
          { server: 'A' as const, verdict, idempotencyKey },
          { server: 'B' as const, verdict, idempotencyKey },
        ];
        let race: Omit<ReviewRace, 'proposal' | 'stakeholder' | 'answers'> | undefined;
        if (p.plan === 'consensus') race = { decisive: true, shots: both('accept', k === 0 ? `review-${p.id}-${stakeholder}` : undefined) };
        if (p.plan === 'reject') race = k === 1 ? { decisive: true, shots: both('reject') } : { decisive: false, shots: both('accept') };
        if (p.plan === 'split') {
          const last = k === p.reviewers.length - 1;
          const [va, vb]: Verdict[] = p.index % 2 === 0 ? ['accept', 'reject'] : ['reject', 'accept'];
          race = last
            ? { decisive: true, shots: [{ server: 'A', verdict: va }, { server: 'B', verdict: vb }] }
            : { decisive: false, shots: both('accept') };
        }
        if (p.plan === 'overdue' && k === 0) race = { decisive: true, shots: both('accept') };
        if (race) reviews.push({ proposal: p, stakeholder, answers: [], ...race });
      });
    }

    // Every request of every race in flight at once, in a seeded random order (the overdue
    // proposals' reviews first: their deadline is near).
    const random = seededRandom(SEED);
    const fire = (races: ReviewRace[]) =>
      Promise.all(
        shuffle(
          races.flatMap((race) => race.shots.map((shot) => ({ race, shot }))),
          random,
        ).map(async ({ race, shot }) => {
          const answer = await call(server(shot.server), 'POST', `/proposals/${race.proposal.id}/reviews`, tokens[reviewerOf[race.stakeholder]], {
            // A keyed pair is one request sent twice (a retry), so one body: with another body the
            // later of the two is a key reuse (422 IDEMPOTENCY_KEY_REUSED, docs/idempotency.md)
            // whenever the first has committed before it arrives.
            body: { stakeholder: race.stakeholder, verdict: shot.verdict, comment: shot.idempotencyKey === undefined ? `${shot.verdict} via ${shot.server}` : `${shot.verdict}, sent to both` },
            idempotencyKey: shot.idempotencyKey,
          });
          race.answers.push(answer);
        }),
      );
    await fire(reviews.filter((r) => r.proposal.plan === 'overdue'));
    await fire(reviews.filter((r) => r.proposal.plan !== 'overdue'));

    const problems: string[] = [];
    for (const race of reviews) {
      const label = `${race.proposal.id}/${race.stakeholder}`;
      const won = race.answers.filter(ok);
      for (const a of race.answers) if (!ok(a) && !isLoser(a)) problems.push(`${label}: unexpected answer ${describeAnswer(a)}`);
      if (race.shots[0].idempotencyKey !== undefined) {
        // One key on both servers: both get the first answer, one review written.
        if (won.length !== 2 || won[0].etag !== won[1].etag) problems.push(`${label}: idempotent pair answered ${race.answers.map(describeAnswer).join(' | ')}`);
      } else if (race.decisive ? won.length !== 1 : won.length > 1) {
        problems.push(`${label}: ${won.length} winners: ${race.answers.map(describeAnswer).join(' | ')}`);
      }
      for (const a of won) if (a.status !== 201 || a.etag === null) problems.push(`${label}: winner without 201/ETag ${describeAnswer(a)}`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('the overdue proposals are escalated exactly once, with the two servers\' process managers racing', async () => {
    const overdue = proposals.filter((p) => p.plan === 'overdue');
    const escalations = async () => Promise.all(overdue.map(async (p) => (await streamOf(p.id)).filter((e) => e.type === 'ProposalEscalated')));
    const { value, reached } = await pollUntil(escalations, (all) => all.every((e) => e.length > 0), 20_000, 100);
    expect(reached).toBe(true);
    // Each sweep picks proposals from its own board, which lags the store: until both servers' boards
    // show the escalation, the other one may still try, and only the domain (re-deciding after the
    // conflict) stops it. (A later double escalation would still fail the no-lost-update test.)
    const boards = await pollUntil(
      () => Promise.all((['A', 'B'] as const).flatMap((s) => overdue.map(async (p) => (await call(server(s), 'GET', `/proposals/${p.id}`, tokens.operator)).body?.status))),
      (statuses) => statuses.every((x) => x === 'escalated'),
      20_000,
    );
    expect(boards.value).toEqual(Array(2 * overdue.length).fill('escalated'));
    const after = await escalations();
    for (const e of after) {
      expect(e).toHaveLength(1);
      expect(data(e[0])).toMatchObject({ reason: 'review-deadline-passed', toBody: HOLDING_BODY });
      expect(e[0].metadata.actor).toBe('system');
    }
    expect(value.length).toBe(overdue.length);
  }, 30_000);

  it('races conflicting decisions (approve on one server, reject on the other) on every escalated proposal: exactly one wins', async () => {
    const escalated: RaceProposal[] = [];
    for (const p of proposals) {
      const events = await streamOf(p.id);
      const closedOrAccepted = events.some((e) => ['ProposalAccepted', 'ProposalDecided', 'ProposalWithdrawn'].includes(e.type));
      if (events.some((e) => e.type === 'ProposalEscalated') && !closedOrAccepted) escalated.push(p);
    }
    // reject and overdue always escalate; a split escalates when its reject won.
    expect(escalated.filter((p) => p.plan === 'reject' || p.plan === 'overdue')).toHaveLength(4 * ROUNDS + 2);

    for (const p of escalated) {
      const [x, y] = p.index % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
      decisions.push({
        proposal: p,
        answers: [],
        shots: [
          { server: x, who: 'sara', outcome: 'approve' },
          { server: y, who: SECOND_MEMBER, outcome: 'reject' },
          { server: y, who: 'sara', outcome: 'approve' },
        ],
      });
    }
    const random = seededRandom(SEED + 1);
    const shots = shuffle(
      decisions.flatMap((race) => race.shots.map((shot) => ({ race, shot }))),
      random,
    );
    await Promise.all(
      shots.map(async ({ race, shot }) => {
        race.answers.push(
          await call(server(shot.server), 'POST', `/proposals/${race.proposal.id}/decisions`, tokens[shot.who], {
            body: { body: HOLDING_BODY, outcome: shot.outcome, motivation: `${shot.outcome} by ${shot.who} via ${shot.server}` },
          }),
        );
      }),
    );

    const problems: string[] = [];
    for (const race of decisions) {
      const won = race.answers.filter(ok);
      if (won.length !== 1) problems.push(`${race.proposal.id}: ${won.length} winners: ${race.answers.map(describeAnswer).join(' | ')}`);
      for (const a of race.answers) if (!ok(a) && !isLoser(a)) problems.push(`${race.proposal.id}: unexpected answer ${describeAnswer(a)}`);
      for (const a of won) {
        const expected = a.body?.decisions?.at(-1)?.outcome === 'approve' ? 'applied' : 'rejected';
        if (a.status !== 201 || a.body?.status !== expected) problems.push(`${race.proposal.id}: winner ${describeAnswer(a)}`);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('loses no update: each stream holds one review per stakeholder and version, at most one decision, and every 2xx answer\'s event at or below its ETag', async () => {
    const problems: string[] = [];
    const revisedBy = new Map<string, number[]>();
    for (const processId of Object.keys(STEP_OF)) {
      const events = await store!.readStream(`process-${processId}`);
      events.forEach((e, i) => {
        if (e.type !== 'ProcessRevised') return;
        revisedBy.set(data(e).proposalId, [...(revisedBy.get(data(e).proposalId) ?? []), data(e).revision]);
        const previous = events.slice(0, i).filter((x) => x.type === 'ProcessRegistered' || x.type === 'ProcessRevised').length;
        if (data(e).revision !== previous + 1) problems.push(`${processId}: revision ${data(e).revision} at index ${i}, expected ${previous + 1}`);
      });
    }

    for (const p of proposals) {
      const events = await streamOf(p.id);
      const of = (type: string) => events.filter((e) => e.type === type);
      const say = (m: string) => problems.push(`${p.id} (${p.plan}): ${m}`);
      if (of('ProposalSubmitted').length !== 1) say(`${of('ProposalSubmitted').length} ProposalSubmitted`);
      const reviewKeys = of('ReviewSubmitted').map((e) => `${data(e).version}/${data(e).stakeholder}`);
      if (new Set(reviewKeys).size !== reviewKeys.length) say(`duplicate reviews ${reviewKeys.join(', ')}`);
      for (const type of ['ProposalAccepted', 'ProposalEscalated', 'ProposalDecided', 'ProposalApplied']) if (of(type).length > 1) say(`${of(type).length} ${type}`);

      // The stakeholders told "201" are exactly the stakeholders whose review is in the store.
      const answered = reviews.filter((r) => r.proposal === p && r.answers.some(ok)).map((r) => r.stakeholder).sort();
      const stored = of('ReviewSubmitted').map((e) => data(e).stakeholder as string).sort();
      if (JSON.stringify(answered) !== JSON.stringify(stored)) say(`answered ${answered} but stored ${stored}`);

      const decided = of('ProposalDecided')[0];
      const applied = of('ProposalApplied')[0];
      const accepted = of('ProposalAccepted').length === 1;
      if (p.plan === 'consensus' && (!accepted || stored.length !== p.reviewers.length)) say('consensus not reached');
      if ((p.plan === 'reject' || p.plan === 'overdue') && !decided) say('escalated but not decided');
      if (p.plan === 'split' && accepted === Boolean(decided)) say(`split: accepted ${accepted}, decided ${Boolean(decided)}`);
      const shouldApply = accepted || (decided !== undefined && data(decided).outcome === 'approve');
      if (shouldApply !== Boolean(applied)) say(`applied ${Boolean(applied)}, expected ${shouldApply}`);
      const revisions = revisedBy.get(p.id) ?? [];
      if (revisions.length !== (shouldApply ? 1 : 0)) say(`ProcessRevised ${revisions.length} times`);
      if (applied && data(applied).revision !== revisions[0]) say(`ProposalApplied revision ${data(applied).revision}, process revision ${revisions[0]}`);

      const present = (a: Answer, match: (e: StoredEvent) => boolean, what: string) => {
        if (!events.some((e) => a.etag !== null && e.revision <= a.etag && match(e))) say(`${what} answered ${a.status} ETag ${a.etag} but not in the store at or below it`);
      };
      for (const a of submissions.flat().filter((x) => ok(x) && x.body?.id === p.id)) present(a, (e) => e.type === 'ProposalSubmitted', 'submission');
      for (const race of reviews.filter((r) => r.proposal === p)) {
        race.answers.forEach((a) => {
          if (!ok(a)) return;
          const verdict = a.body?.reviews?.find((r: { stakeholder: string; version: number }) => r.stakeholder === race.stakeholder && r.version === 1)?.verdict;
          present(
            a,
            (e) => e.type === 'ReviewSubmitted' && data(e).stakeholder === race.stakeholder && data(e).reviewer === reviewerOf[race.stakeholder] && data(e).verdict === verdict,
            `review ${race.stakeholder} (${verdict})`,
          );
        });
      }
      for (const race of decisions.filter((r) => r.proposal === p)) {
        race.answers.forEach((a, i) => {
          if (!ok(a)) return;
          const d = a.body?.decisions?.at(-1);
          present(a, (e) => e.type === 'ProposalDecided' && data(e).decidedBy === d?.decidedBy && data(e).outcome === d?.outcome, `decision ${i}`);
        });
      }
    }
    expect(problems).toEqual([]);

    // Two processes appended concurrently: the global order is still gapless and the hash chain intact.
    const all = await store!.readAll();
    all.forEach((e, i) => i > 0 && expect(e.position).toBe(all[i - 1].position + 1n));
    const chain = await store!.verifyChain();
    expect(chain).toMatchObject({ ok: true, checked: all.length });
  }, 60_000);

  it('both servers\' read models converge on the same state as a fresh rebuild from the store', async () => {
    const head = (await store!.headPosition())!;
    const rebuildStore = await createPostgresEventStore({ connectionString: db!.url, poolConfig: { max: 2 } });
    const state = sqliteProjectionStateStore({ path: ':memory:' });
    const runner = new ProjectionRunner({ store: rebuildStore, stateStore: state, snapshots: state, projections: allProjections() });
    rebuild = { runner, state, store: rebuildStore };
    await runner.start();
    expect(await runner.waitForPosition(head, 20_000)).toBe(true);
    const queries = new ProjectionQueries({ store: rebuildStore, runner, snapshots: state });

    const read = async () => {
      const [fresh, a, b] = await Promise.all([
        (async () => ({ proposals: asJson(await queries.proposals({})), catalogue: asJson(await queries.catalogue()) }))(),
        ...(['A', 'B'] as const).map(async (s) => ({
          proposals: expectOk(await call(server(s), 'GET', '/proposals', tokens.operator)).body,
          catalogue: expectOk(await call(server(s), 'GET', '/catalogue', tokens.operator)).body,
        })),
      ]);
      return { fresh, a, b };
    };
    const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
    const { value, reached } = await pollUntil(read, (v) => same(v.a, v.fresh) && same(v.b, v.fresh), 20_000, 100);
    if (!reached) {
      expect(value.a).toEqual(value.fresh);
      expect(value.b).toEqual(value.fresh);
    }
    // The reads saw the races: every race proposal is there, in its final state.
    const board = value.fresh.proposals as { id: string; status: string }[];
    for (const p of proposals) expect(['applied', 'rejected']).toContain(board.find((x) => x.id === p.id)?.status);

    for (const s of ['A', 'B'] as const) {
      const health = expectOk(await call(server(s), 'GET', '/health', tokens.operator)).body;
      expect(BigInt(health.projections.position)).toBeGreaterThanOrEqual(head);
    }
    // B's read models keep their state and checkpoint in PostgreSQL, saved together.
    const pg = new Pool({ connectionString: db!.url, max: 1 });
    try {
      const { rows } = await pg.query<{ n: string }>('SELECT count(*) AS n FROM samsyn.projection_states');
      expect(Number(rows[0].n)).toBeGreaterThan(0);
    } finally {
      await pg.end();
    }
  }, 60_000);
});
