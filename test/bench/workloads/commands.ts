import { join } from 'node:path';
import { samsynApplication, type SamsynApplication } from '../../../apps/api/src/bootstrap/samsyn-application';
import type { Principal } from '@samsyn/domain/shared';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { definitionOf, stakeholdersOf } from '../support/history';
import { round } from '../support/stats';

/**
 * Workload 2: commands through the use cases (samsynApplication: load, decide with the real
 * deciders, append with the revision read, retry on conflict) on the embedded store with
 * synchronous=FULL, so every acknowledged command is durable. Each worker runs full proposal
 * lifecycles on a process of its own municipality: submit, one review per participant (the last
 * accept applies the next revision, a second stream), an adoption.
 */
export interface CommandLevel {
  concurrency: number;
  commands: number;
  seconds: number;
  commandsPerSecond: number;
  /** CPU time of the whole process (every thread) per command, in µs: less noisy than the rate
   * on a shared machine. */
  cpuMicrosPerCommand: number;
}

const admin: Principal = { id: 'admin', roles: [{ role: 'admin' }] };
const owner = (m: number): Principal => ({ id: `po${m}`, roles: [{ role: 'process-owner', stakeholder: `m${m}-ksn` }] });
const reviewer = (s: string): Principal => ({ id: `r-${s}`, roles: [{ role: 'reviewer', stakeholder: s }] });

/** The registers and processes of a few municipalities, through the real commands. */
export async function seedMunicipalities(app: SamsynApplication, municipalities: number, processes: number, now: () => string): Promise<string[]> {
  const ids: string[] = [];
  const as = (principal: Principal) => ({ principal, now: now() });
  for (let m = 0; m < municipalities; m++) {
    for (const id of stakeholdersOf(m)) await app.registerStakeholder({ id, name: `Stakeholder ${id}`, kind: 'committee' }, as(admin));
    await app.establishBody({ id: `m${m}-port`, name: 'Portfolio', level: 'portfolio', parent: null, members: [`pm${m}`] }, as(admin));
    await app.establishBody({ id: `m${m}-adm`, name: 'Administration', level: 'administration', parent: `m${m}-port`, members: [`am${m}`] }, as(admin));
    await app.establishBody({ id: `m${m}-obj`, name: 'Object', level: 'object', parent: `m${m}-adm`, members: [`om${m}`] }, as(admin));
    await app.defineTerm({ id: `m${m}-term`, label: 'Ärende', definition: 'A case' }, as(admin));
    await app.registerSystem({ id: `m${m}-sys`, name: 'Case system', ownerStakeholder: `m${m}-ksn`, governingBody: `m${m}-obj` }, as(admin));
  }
  for (let p = 0; p < processes; p++) {
    const m = p % municipalities;
    const id = `M${m}-P${p}`;
    await app.registerProcess({ id, name: `Process ${p}`, ownerStakeholder: `m${m}-ksn`, governingBody: `m${m}-obj`, definition: definitionOf(m, p, 1) }, as(owner(m)));
    ids.push(id);
  }
  return ids;
}

export async function commandsWorkload(dir: string, levels: number[], secondsPerLevel: number): Promise<CommandLevel[]> {
  const out: CommandLevel[] = [];
  for (const concurrency of levels) {
    const store = sqliteEventStore({ path: join(dir, `commands-${concurrency}.sqlite`) });
    let clock = Date.parse('2025-01-01T00:00:00.000Z');
    const now = () => new Date((clock += 1000)).toISOString();
    let seq = 0;
    const app = samsynApplication(store, { clock: { now }, newId: () => `id-${++seq}` });
    const municipalities = Math.min(16, concurrency);
    const processes = await seedMunicipalities(app, municipalities, concurrency, now);
    let commands = 0;
    const deadline = performance.now() + secondsPerLevel * 1000;
    const worker = async (w: number) => {
      const processId = processes[w];
      const m = w % municipalities;
      let head = 1;
      for (let n = 0; performance.now() < deadline; n++) {
        const def = definitionOf(m, w, head + 1);
        const id = `w${w}-${n}`;
        await app.submitProposal(processId, { id, baseRevision: head, changes: [{ op: 'replace', path: '/steps/s1/name', value: def.steps.s1.name }], rationale: 'Clearer wording' }, { principal: owner(m), now: now() });
        commands++;
        for (const s of def.participants) {
          await app.reviewProposal(id, { stakeholder: s, verdict: 'accept', comment: 'ok' }, { principal: reviewer(s), now: now() });
          commands++;
        }
        head++;
        await app.recordAdoption(processId, { stakeholder: def.participants[0], revision: head, adoptedOn: '2025-02-01' }, { principal: reviewer(def.participants[0]), now: now() });
        commands++;
      }
    };
    const t = performance.now();
    const cpu = process.cpuUsage();
    await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
    const seconds = (performance.now() - t) / 1000;
    const used = process.cpuUsage(cpu);
    const verified = await store.verifyChain();
    if (!verified.ok) throw new Error(`hash chain broken after the commands workload: ${JSON.stringify(verified)}`);
    await store.close();
    out.push({ concurrency, commands, seconds: round(seconds, 2), commandsPerSecond: round(commands / seconds), cpuMicrosPerCommand: round((used.user + used.system) / commands) });
  }
  return out;
}
