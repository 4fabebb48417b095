import {
  bodyStream,
  governanceBodyDecider,
  stakeholderDecider,
  stakeholderStream,
  systemDecider,
  systemStream,
  termDecider,
  termStream,
  type GovernanceLevel,
  type StakeholderKind,
} from '@samsyn/domain';
import type { ExecutionOptions, ExecutionResult } from './application.port';
import type { CommandExecutor } from './command-executor';
import type { StreamStates } from './stream-states';

/** Stakeholders, governance bodies, terms and systems: the registers an admin keeps. */
export class RegisterCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly states: StreamStates,
  ) {}

  private async run<S>(streamId: string, decider: unknown, build: Parameters<CommandExecutor['execute']>[2], opts: ExecutionOptions): Promise<ExecutionResult<S>> {
    const r = await this.executor.execute<S>(streamId, decider as never, build, opts);
    return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: r.state };
  }

  registerStakeholder(data: { id: string; name: string; kind: string }, opts: ExecutionOptions) {
    return this.run(stakeholderStream(data.id), stakeholderDecider, (_s, context) => ({
      type: 'RegisterStakeholder',
      data: { id: data.id, name: data.name, kind: data.kind as StakeholderKind },
      context,
    }), opts);
  }

  renameStakeholder(id: string, data: { name: string }, opts: ExecutionOptions) {
    return this.run(stakeholderStream(id), stakeholderDecider, (_s, context) => ({ type: 'RenameStakeholder', data: { id, name: data.name }, context }), opts);
  }

  retireStakeholder(id: string, data: { reason: string }, opts: ExecutionOptions) {
    return this.run(stakeholderStream(id), stakeholderDecider, (_s, context) => ({ type: 'RetireStakeholder', data: { id, reason: data.reason }, context }), opts);
  }

  establishBody(data: { id: string; name: string; level: string; parent?: string | null; members: string[] }, opts: ExecutionOptions) {
    return this.run(bodyStream(data.id), governanceBodyDecider, async (_s, context) => ({
      type: 'EstablishGovernanceBody',
      data: { id: data.id, name: data.name, level: data.level as GovernanceLevel, parent: data.parent ?? null, members: data.members },
      refs: { parentBody: data.parent ? await this.states.body(data.parent) : undefined },
      context,
    }), opts);
  }

  setBodyMembers(id: string, data: { members: string[] }, opts: ExecutionOptions) {
    return this.run(bodyStream(id), governanceBodyDecider, (_s, context) => ({ type: 'SetGovernanceBodyMembers', data: { id, members: data.members }, context }), opts);
  }

  defineTerm(data: { id: string; label: string; definition: string }, opts: ExecutionOptions) {
    return this.run(termStream(data.id), termDecider, (_s, context) => ({ type: 'DefineTerm', data, context }), opts);
  }

  reviseTerm(id: string, data: { label: string; definition: string }, opts: ExecutionOptions) {
    return this.run(termStream(id), termDecider, (_s, context) => ({ type: 'ReviseTerm', data: { id, ...data }, context }), opts);
  }

  deprecateTerm(id: string, data: { reason: string; replacedBy?: string | null }, opts: ExecutionOptions) {
    return this.run(termStream(id), termDecider, async (_s, context) => ({
      type: 'DeprecateTerm',
      data: { id, reason: data.reason, replacedBy: data.replacedBy ?? null },
      refs: { replacement: data.replacedBy ? await this.states.term(data.replacedBy) : undefined },
      context,
    }), opts);
  }

  mapSynonym(id: string, data: { stakeholder: string; label: string }, opts: ExecutionOptions) {
    return this.run(termStream(id), termDecider, async (_s, context) => ({
      type: 'MapLocalSynonym',
      data: { id, stakeholder: data.stakeholder, label: data.label },
      refs: { stakeholder: await this.states.stakeholder(data.stakeholder) },
      context,
    }), opts);
  }

  registerSystem(data: { id: string; name: string; ownerStakeholder: string; governingBody: string }, opts: ExecutionOptions) {
    return this.run(systemStream(data.id), systemDecider, async (_s, context) => ({
      type: 'RegisterSystem',
      data,
      refs: { owner: await this.states.stakeholder(data.ownerStakeholder), body: await this.states.body(data.governingBody) },
      context,
    }), opts);
  }

  retireSystem(id: string, data: { reason: string }, opts: ExecutionOptions) {
    return this.run(systemStream(id), systemDecider, (_s, context) => ({ type: 'RetireSystem', data: { id, reason: data.reason }, context }), opts);
  }
}
