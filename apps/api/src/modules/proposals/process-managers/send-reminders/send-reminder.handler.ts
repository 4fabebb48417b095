import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExecutionResult } from '@samsyn/application/execution';
import { CommandExecutor } from '@samsyn/application/command-executor';
import { reminderDecider, reminderStream, SYSTEM_PRINCIPAL } from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import { CLOCK, EVENT_STORE, type Clock } from '../../../../infrastructure/tokens';
import { SendReminderCommand } from './send-reminder.command';

/** The use case: one reminder on the proposal's reminder stream, as Samsyn itself; the decider keeps it to once. */
@CommandHandler(SendReminderCommand)
export class SendReminderHandler implements ICommandHandler<SendReminderCommand> {
  private readonly executor: CommandExecutor;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) clock: Clock) {
    this.executor = new CommandExecutor(store, clock, randomUUID);
  }

  async execute({ reminder: r, options }: SendReminderCommand): Promise<ExecutionResult> {
    const streamId = reminderStream(r.proposalId);
    const result = await this.executor.on(reminderDecider).execute(
      streamId,
      (_state, context) =>
        r.kind === 'review'
          ? { type: 'SendReviewReminder', data: { proposalId: r.proposalId, processId: r.processId, stakeholder: r.stakeholder, deadline: r.deadline }, context }
          : { type: 'SendBodyHoldReminder', data: { proposalId: r.proposalId, processId: r.processId, body: r.body, heldSince: r.heldSince }, context },
      { ...options, principal: SYSTEM_PRINCIPAL },
    );
    return { streamId, revision: result.revision, position: result.position, replayed: result.replayed, resource: result.state };
  }
}
