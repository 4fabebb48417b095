import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions, ExecutionResult } from '@samsyn/application/application.port';
import type { SetBodyMembersRequestDto } from './set-body-members.request.dto';

export class SetBodyMembersCommand extends Command<ExecutionResult> {
  constructor(
    readonly id: string,
    readonly data: SetBodyMembersRequestDto,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
