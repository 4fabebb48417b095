import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import type { CommandExecutor } from '@samsyn/application/command-executor';
import { managementObjectDecider, managementObjectStream } from '@samsyn/domain';
import { MANAGEMENT_EXECUTOR, MANAGEMENT_STREAMS } from '../../management-tokens';
import type { ManagementStreams } from '../management-streams';
import { objectResource } from '../resources';
import { runOnStream } from '../run-on-stream';
import { AssignManagementObjectRolesCommand } from './assign-management-object-roles.command';

/** The use case: the object's PM3 roles replaced. */
@CommandHandler(AssignManagementObjectRolesCommand)
export class AssignManagementObjectRolesHandler implements ICommandHandler<AssignManagementObjectRolesCommand> {
  constructor(
    @Inject(MANAGEMENT_EXECUTOR) private readonly executor: CommandExecutor,
    @Inject(MANAGEMENT_STREAMS) private readonly streams: ManagementStreams,
  ) {}

  execute({ id, data, options }: AssignManagementObjectRolesCommand): Promise<ExecutionResult> {
    return runOnStream(this.executor, managementObjectStream(id), managementObjectDecider, (_state, context) => ({
      type: 'AssignManagementObjectRoles' as const,
      data: { id, roles: { owner: data.owner, businessManager: data.businessManager, itManager: data.itManager } },
      context,
    }), options, objectResource);
  }
}
