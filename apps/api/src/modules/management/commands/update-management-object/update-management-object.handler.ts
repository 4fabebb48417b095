import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { managementObjectDecider, managementObjectStream } from '@samsyn/domain';
import { MANAGEMENT_EXECUTOR, MANAGEMENT_STREAMS } from '../../management-tokens';
import type { ManagementStreams } from '../management-streams';
import { objectResource } from '../resources';
import { runOnStream } from '../run-on-stream';
import { UpdateManagementObjectCommand } from './update-management-object.command';

/** The use case: a new scope, checked against the registers' streams as registration is. */
@CommandHandler(UpdateManagementObjectCommand)
export class UpdateManagementObjectHandler implements ICommandHandler<UpdateManagementObjectCommand> {
  constructor(
    @Inject(MANAGEMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(MANAGEMENT_STREAMS) private readonly streams: ManagementStreams,
  ) {}

  execute({ id, data, options }: UpdateManagementObjectCommand): Promise<ExecutionResult> {
    return runOnStream(this.executor, managementObjectStream(id), managementObjectDecider, async (_state, context) => ({
      type: 'ChangeManagementObjectScope' as const,
      data: { id, name: data.name, systems: data.systems, processes: data.processes, body: data.body },
      refs: await this.streams.scopeRefs(data),
      context,
    }), options, objectResource);
  }
}
