import { ErrorCodes, refuse, refuseUnknownCommand, requiredText, SYSTEM_PRINCIPAL, type Decider } from '../shared';
import type { ReminderCommand } from './reminder.commands';
import type { ReminderEvent } from './reminder.events';
import type { ReminderState } from './reminder.state';

const instant = (value: unknown, field: string): string => {
  const text = requiredText(value, field);
  if (Number.isNaN(Date.parse(text))) refuse(ErrorCodes.INVALID_INPUT, `${field} must be an ISO instant`, { field });
  return text;
};

/**
 * Reminders are sent by the reminder process manager only (as the system principal), each occasion
 * once: the stream is the memory, so "once" holds across restarts and several servers.
 */
export const reminderDecider: Decider<ReminderCommand, ReminderEvent, ReminderState> = {
  initialState: () => ({ reviews: [], holds: [] }),

  decide(command, state) {
    const { data, context } = command;
    if (context.principal.id !== SYSTEM_PRINCIPAL.id) refuse(ErrorCodes.NOT_ALLOWED, 'reminders are sent by Samsyn itself');
    const proposalId = requiredText(data.proposalId, 'proposalId');
    const processId = requiredText(data.processId, 'processId');
    switch (command.type) {
      case 'SendReviewReminder': {
        const stakeholder = requiredText(command.data.stakeholder, 'stakeholder');
        const deadline = instant(command.data.deadline, 'deadline');
        if (state.reviews.includes(`${stakeholder}@${deadline}`)) refuse(ErrorCodes.ALREADY_REMINDED, `${stakeholder} was already reminded of the deadline ${deadline}`);
        return [{ type: 'ReviewReminderSent', data: { proposalId, processId, stakeholder, deadline, sentAt: context.now } }];
      }
      case 'SendBodyHoldReminder': {
        const body = requiredText(command.data.body, 'body');
        const heldSince = instant(command.data.heldSince, 'heldSince');
        if (state.holds.includes(`${body}@${heldSince}`)) refuse(ErrorCodes.ALREADY_REMINDED, `${body} was already reminded of holding ${proposalId} since ${heldSince}`);
        return [{ type: 'BodyHoldReminderSent', data: { proposalId, processId, body, heldSince, sentAt: context.now } }];
      }
      default:
        return refuseUnknownCommand(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ReviewReminderSent':
        return { ...state, reviews: [...state.reviews, `${event.data.stakeholder}@${event.data.deadline}`] };
      case 'BodyHoldReminderSent':
        return { ...state, holds: [...state.holds, `${event.data.body}@${event.data.heldSince}`] };
      default:
        return state;
    }
  },
};
