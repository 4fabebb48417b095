import { dict } from '@samsyn/domain/shared/dict';
import {
  applyChanges,
  fold,
  governanceBodyDecider,
  bodyStream,
  processDecider,
  processStream,
  proposalDecider,
  proposalStream,
  stakeholderDecider,
  stakeholderStream,
  systemDecider,
  systemStream,
  termDecider,
  termStream,
  type Decider,
  type DefinitionRefs,
  type PatchOperation,
  type GovernanceBodyState,
  type ProcessDefinition,
  type ProcessState,
  type ProposalState,
  type StakeholderState,
  type SystemState,
  type TermState,
} from '@samsyn/domain';
import type { EventStore, StoredEvent, StreamStateCache } from '@samsyn/event-store';
import { samsynEventCodec } from './event-codec';

/**
 * Current states of other aggregates, read from their own streams at decision time (never from a
 * read model, which may lag). A rule checked against them is as fresh as the store.
 */
export class StreamStates {
  constructor(
    readonly store: EventStore,
    private readonly cache?: StreamStateCache,
  ) {}

  private async load<E, S>(streamId: string, decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initialState'>): Promise<S> {
    // Upcast to today's domain events; a stream holds only its own aggregate's (E).
    const fromStored = (e: StoredEvent): E => samsynEventCodec.fromStored(e) as E;
    if (this.cache) return (await this.cache.load(this.store, streamId, decider, fromStored)).state;
    return fold(decider, (await this.store.readStream(streamId)).map(fromStored));
  }

  stakeholder = (id: string): Promise<StakeholderState> => this.load(stakeholderStream(id), stakeholderDecider);
  body = (id: string): Promise<GovernanceBodyState> => this.load(bodyStream(id), governanceBodyDecider);
  term = (id: string): Promise<TermState> => this.load(termStream(id), termDecider);
  system = (id: string): Promise<SystemState> => this.load(systemStream(id), systemDecider);
  process = (id: string): Promise<ProcessState> => this.load(processStream(id), processDecider);
  proposal = (id: string): Promise<ProposalState> => this.load(proposalStream(id), proposalDecider);

  /** Every stakeholder, term and system a definition (or several) names. Tolerates malformed
   * input: the domain reports the shape errors, this only gathers what it can. */
  async definitionRefs(...definitions: unknown[]): Promise<DefinitionRefs> {
    const stakeholders = new Set<string>();
    const terms = new Set<string>();
    const systems = new Set<string>();
    for (const def of definitions) collectIds(def, stakeholders, terms, systems);
    const [s, t, y] = await Promise.all([
      loadAll([...stakeholders], this.stakeholder),
      loadAll([...terms], this.term),
      loadAll([...systems], this.system),
    ]);
    return { stakeholders: s, terms: t, systems: y };
  }

  /** What a patch on a process's revision needs checked: every stakeholder, term and system named
   * by the base, the head, and what the patch makes of each. */
  patchRefs(process: ProcessState, baseRevision: number, changes: unknown): Promise<DefinitionRefs> {
    const base = process.revisions?.[baseRevision];
    const head = process.revisions?.[process.head];
    // Usually the patch is based on the head: one definition, one preview.
    if (base === head) return this.definitionRefs(base, previewPatch(base, changes));
    return this.definitionRefs(base, head, previewPatch(base, changes), previewPatch(head, changes));
  }
}

const loadAll = async <S extends { exists: boolean }>(ids: string[], load: (id: string) => Promise<S>): Promise<Record<string, S>> => {
  const states = await Promise.all(ids.map(load));
  // Ids are the client's: a prototype-free map, so `constructor` or `__proto__` is an entry like any other.
  const out = dict<S>();
  ids.forEach((id, i) => {
    if (states[i].exists) out[id] = states[i];
  });
  return out;
};

/** The definition a patch would produce, or undefined when it does not apply. Used only to know
 * which terms, systems and stakeholders to load; the domain itself decides whether it applies.
 * Through the domain's own applyChanges, so a patch past its bounds (a chain of doubling copies)
 * costs no more here than in the decider that then refuses it. */
const previewPatch = (definition: unknown, changes: unknown): unknown => {
  if (definition === undefined || !Array.isArray(changes)) return undefined;
  try {
    return applyChanges(definition as ProcessDefinition, changes as PatchOperation[]);
  } catch {
    return undefined;
  }
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/;

function collectIds(def: unknown, stakeholders: Set<string>, terms: Set<string>, systems: Set<string>): void {
  if (!isObject(def)) return;
  const d = def as Partial<ProcessDefinition>;
  const add = (set: Set<string>, ids: string[]) => ids.filter((id) => SAFE_ID.test(id)).forEach((id) => set.add(id));
  add(stakeholders, strings(d.participants));
  if (isObject(d.steps)) {
    for (const step of Object.values(d.steps)) {
      if (!isObject(step)) continue;
      if (typeof step.performer === 'string') add(stakeholders, [step.performer]);
      add(terms, strings(step.terms));
      add(systems, strings(step.systems));
    }
  }
}
