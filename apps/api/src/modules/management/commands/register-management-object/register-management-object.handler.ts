import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { managementObjectDecider, managementObjectStream } from '@samsyn/domain';
import { MANAGEMENT_EXECUTOR, MANAGEMENT_STREAMS } from '../../management-tokens';
import type { ManagementStreams } from '../management-streams';
import { objectResource } from '../resources';
import { runOnStream } from '../run-on-stream';
import { RegisterManagementObjectCommand } from './register-management-object.command';

/** The use case: the body, systems and processes the object names are read from their own streams, then decided on. */
@CommandHandler(RegisterManagementObjectCommand)
export class RegisterManagementObjectHandler implements ICommandHandler<RegisterManagementObjectCommand> {
  constructor(
    @Inject(MANAGEMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(MANAGEMENT_STREAMS) private readonly streams: ManagementStreams,
  ) {}

  execute({ data, options }: RegisterManagementObjectCommand): Promise<ExecutionResult> {
    return runOnStream(this.executor, managementObjectStream(data.id), managementObjectDecider, async (_state, context) => ({
      type: 'RegisterManagementObject' as const,
      data: { id: data.id, name: data.name, systems: data.systems, processes: data.processes, body: data.body, roles: { ...data.roles } },
      refs: await this.streams.scopeRefs(data),
      context,
    }), options, objectResource);
  }
}
