import { isCalendarDay } from '../process/calendar';
import { ErrorCodes, isAdmin, isProcessOwnerOf, refuse, refuseUnknownCommand, requiredText, SYSTEM_PRINCIPAL, type Decider } from '../shared';
import type { ProcessReviewCommand, SetReviewCycle } from './process-review.commands';
import type { ProcessReviewEvent } from './process-review.events';
import type { ProcessReviewState } from './process-review.state';

export const MAX_REVIEW_INTERVAL_MONTHS = 120;
export const MAX_REVIEW_COMMENT = 2000;

const setCycle = ({ data, context }: SetReviewCycle, state: ProcessReviewState): ProcessReviewEvent[] => {
  const processId = requiredText(data.processId, 'processId');
  if (!data.process?.exists) refuse(ErrorCodes.NOT_FOUND, `process ${processId} does not exist`);
  const owner = data.process.owner;
  const mayOwn = isAdmin(context.principal) || (owner !== null && (owner.principal === context.principal.id || isProcessOwnerOf(context.principal, owner.stakeholder)));
  if (!mayOwn) refuse(ErrorCodes.NOT_ALLOWED, `only the owner of ${processId} or an admin may set its review cycle`);
  const months = data.intervalMonths;
  if (!Number.isInteger(months) || months < 1 || months > MAX_REVIEW_INTERVAL_MONTHS) {
    refuse(ErrorCodes.INVALID_INPUT, `intervalMonths must be a whole number from 1 to ${MAX_REVIEW_INTERVAL_MONTHS}`, { field: 'intervalMonths' });
  }
  const reviewOwner = requiredText(data.owner, 'owner');
  if (state.cycle?.intervalMonths === months && state.cycle.owner === reviewOwner) return [];
  return [{ type: 'ProcessReviewCycleSet', data: { processId, intervalMonths: months, owner: reviewOwner, setBy: context.principal.id } }];
};

/**
 * A process's review cycle: who reviews it how often, when it came due (the process manager, once
 * per due day) and the owner's "reviewed, no change". An applied change proposal counts as a review
 * too, but that is a fact of the process's stream (ProcessRevised), read by the read models.
 */
export const processReviewDecider: Decider<ProcessReviewCommand, ProcessReviewEvent, ProcessReviewState> = {
  initialState: () => ({ cycle: null, notified: [] }),

  decide(command, state) {
    if (command.type === 'SetReviewCycle') return setCycle(command, state);
    const processId = requiredText(command.data.processId, 'processId');
    switch (command.type) {
      case 'NotifyReviewDue': {
        if (command.context.principal.id !== SYSTEM_PRINCIPAL.id) refuse(ErrorCodes.NOT_ALLOWED, 'review-due notices are sent by Samsyn itself');
        if (!state.cycle) refuse(ErrorCodes.NO_REVIEW_CYCLE, `${processId} has no review cycle`);
        const dueOn = command.data.dueOn;
        if (!isCalendarDay(dueOn)) refuse(ErrorCodes.INVALID_INPUT, 'dueOn must be a calendar day (YYYY-MM-DD)', { field: 'dueOn' });
        if (state.notified.includes(dueOn)) refuse(ErrorCodes.ALREADY_REMINDED, `the review of ${processId} due ${dueOn} was already notified`);
        return [{ type: 'ProcessReviewDue', data: { processId, owner: state.cycle.owner, dueOn } }];
      }
      case 'RecordReviewedNoChange': {
        if (!state.cycle) refuse(ErrorCodes.NO_REVIEW_CYCLE, `${processId} has no review cycle`);
        if (command.context.principal.id !== state.cycle.owner) refuse(ErrorCodes.NOT_ALLOWED, `only ${state.cycle.owner}, the review owner of ${processId}, may record its review`);
        const comment = requiredText(command.data.comment, 'comment');
        if (comment.length > MAX_REVIEW_COMMENT) refuse(ErrorCodes.INVALID_INPUT, `comment must be at most ${MAX_REVIEW_COMMENT} characters`, { field: 'comment' });
        return [{ type: 'ProcessReviewedNoChange', data: { processId, comment, reviewedBy: command.context.principal.id } }];
      }
      default:
        return refuseUnknownCommand(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ProcessReviewCycleSet':
        return { ...state, cycle: { intervalMonths: event.data.intervalMonths, owner: event.data.owner } };
      case 'ProcessReviewDue':
        return { ...state, notified: [...state.notified, event.data.dueOn] };
      default:
        return state;
    }
  },
};
