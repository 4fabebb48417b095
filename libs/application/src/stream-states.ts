import { dict } from '@samsyn/domain/shared/dict';
import {
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
  type DefinitionRefs,
  type DomainEvent,
  type GovernanceBodyState,
  type ProcessDefinition,
  type ProcessState,
  type ProposalState,
  type StakeholderState,
  type SystemState,
  type TermState,
} from '@samsyn/domain';
import type { EventStore, StreamStateCache } from '@samsyn/event-store';
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

  private async load<S>(streamId: string, decider: { evolve(s: S, e: never): S; initialState(): S }): Promise<S> {
    if (this.cache) return (await this.cache.load(this.store, streamId, decider as never, (e) => samsynEventCodec.fromStored(e) as never)).state as S;
    const stored = await this.store.readStream(streamId);
    return fold(decider as never, stored.map((e) => samsynEventCodec.fromStored(e) as DomainEvent) as never[]) as S;
  }

  stakeholder = (id: string): Promise<StakeholderState> => this.load(stakeholderStream(id), stakeholderDecider as never);
  body = (id: string): Promise<GovernanceBodyState> => this.load(bodyStream(id), governanceBodyDecider as never);
  term = (id: string): Promise<TermState> => this.load(termStream(id), termDecider as never);
  system = (id: string): Promise<SystemState> => this.load(systemStream(id), systemDecider as never);
  process = (id: string): Promise<ProcessState> => this.load(processStream(id), processDecider as never);
  proposal = (id: string): Promise<ProposalState> => this.load(proposalStream(id), proposalDecider as never);

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
