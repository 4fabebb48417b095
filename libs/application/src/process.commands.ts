import { processDecider, processStream, type ProcessDefinition, type ProcessState } from '@samsyn/domain';
import type { ExecutionOptions, ExecutionResult, SamsynCommands } from './application.port';
import type { CommandExecutor } from './command-executor';
import type { StreamStates } from './stream-states';

/** Registering processes and recording adoptions; revisions come only from proposals. */
export class ProcessCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly states: StreamStates,
  ) {}

  async registerProcess(
    data: Parameters<SamsynCommands['registerProcess']>[0],
    opts: ExecutionOptions,
  ): Promise<ExecutionResult> {
    const streamId = processStream(data.id);
    const r = await this.executor.execute(streamId, processDecider as never, async (_s, context) => ({
      type: 'RegisterProcess',
      data: { ...data, definition: data.definition as ProcessDefinition },
      refs: { ...(await this.states.definitionRefs(data.definition)), body: await this.states.body(data.governingBody) },
      context,
    }), opts);
    return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: r.state };
  }

  async recordAdoption(
    processId: string,
    data: Parameters<SamsynCommands['recordAdoption']>[1],
    opts: ExecutionOptions,
  ): Promise<ExecutionResult> {
    const streamId = processStream(processId);
    const r = await this.executor.execute(streamId, processDecider as never, (_s, context) => ({
      type: 'RecordAdoption',
      data: { id: processId, ...data },
      context,
    }), opts);
    return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: r.state };
  }

  /** The body is read from its own stream (current members), never from a read model. */
  async setAdoptionTargets(
    processId: string,
    data: Parameters<SamsynCommands['setAdoptionTargets']>[1],
    opts: ExecutionOptions,
  ): Promise<ExecutionResult> {
    const streamId = processStream(processId);
    const r = await this.executor.execute<ProcessState>(streamId, processDecider as never, async (s, context) => ({
      type: 'SetAdoptionTargets',
      data: { id: processId, ...data },
      refs: { body: await this.states.body(s.governingBody) },
      context,
    }), opts);
    return { streamId, revision: r.revision, position: r.position, replayed: r.replayed, resource: r.state };
  }
}
