import { ErrorCodes, refuse, refuseUnknownCommand, requiredText, type Decider } from '../shared';
import { decisionKey, type MinutesCommand, type RecordMinutes } from './minutes.commands';
import type { MinutesDecision, MinutesEvent } from './minutes.events';
import type { MinutesState } from './minutes.state';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DECISIONS = 200;

const meetingDate = (value: unknown): string => {
  const date = requiredText(value, 'date');
  if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    refuse(ErrorCodes.INVALID_INPUT, 'date must be a calendar date YYYY-MM-DD', { field: 'date' });
  }
  return date;
};

/**
 * A member of the body records a meeting once: who was present (members of the body) and the
 * decisions the body took, each copied from its source with the motivation given there.
 */
const record = ({ data, refs, context }: RecordMinutes, state: MinutesState): MinutesEvent[] => {
  const bodyId = requiredText(data.body, 'body');
  const meeting = requiredText(data.meeting, 'meeting');
  const date = meetingDate(data.date);
  if (!Array.isArray(data.present) || data.present.length === 0) refuse(ErrorCodes.INVALID_INPUT, 'present must name the members present', { field: 'present' });
  const present = [...new Set(data.present.map((p, i) => requiredText(p, `present[${i}]`)))];
  if (!Array.isArray(data.decisions) || data.decisions.length > MAX_DECISIONS) refuse(ErrorCodes.INVALID_INPUT, `decisions must be an array of at most ${MAX_DECISIONS}`, { field: 'decisions' });
  const body = refs?.body;
  if (!body?.exists || body.id !== bodyId) return refuse(ErrorCodes.NOT_FOUND, `governance body ${bodyId} does not exist`);
  const by = context.principal.id;
  if (!body.members.includes(by)) refuse(ErrorCodes.NOT_A_BODY_MEMBER, `${by} is not a member of ${bodyId}`);
  present.forEach((p, i) => body.members.includes(p) || refuse(ErrorCodes.INVALID_INPUT, `${p} is not a member of ${bodyId}`, { field: `present[${i}]` }));
  if (state.exists) refuse(ErrorCodes.ALREADY_EXISTS, `the minutes of ${bodyId}'s meeting ${meeting} are recorded`);

  const seen = new Set<string>();
  const decisions: MinutesDecision[] = data.decisions.map((d, i) => {
    if (d?.kind !== 'proposal' && d?.kind !== 'plan') return refuse(ErrorCodes.INVALID_INPUT, 'kind must be proposal or plan', { field: `decisions[${i}].kind` });
    const ref = requiredText(d.ref, `decisions[${i}].ref`);
    const key = decisionKey(d.kind, ref);
    if (seen.has(key)) refuse(ErrorCodes.INVALID_INPUT, `decision ${ref} is named twice`, { field: `decisions[${i}]` });
    seen.add(key);
    // The body's own decision on it; a later one (after an amendment) is the one taken last.
    const source = [...(refs.decisions?.[key] ?? [])].reverse().find((s) => s.body === bodyId);
    if (!source) return refuse(ErrorCodes.DECISION_UNKNOWN, `${bodyId} has taken no decision on ${d.kind} ${ref}`, { field: `decisions[${i}]` });
    return { kind: d.kind, ref, outcome: source.outcome, motivation: source.motivation, decidedBy: source.decidedBy };
  });
  return [{ type: 'MinutesRecorded', data: { body: bodyId, meeting, date, present, decisions, recordedBy: by } }];
};

export const minutesDecider: Decider<MinutesCommand, MinutesEvent, MinutesState> = {
  initialState: () => ({ exists: false, body: '', meeting: '', date: '', present: [], decisions: [], recordedBy: '' }),

  decide(command, state) {
    switch (command.type) {
      case 'RecordMinutes':
        return record(command, state);
      default:
        return refuseUnknownCommand(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'MinutesRecorded':
        return { exists: true, ...event.data, present: [...event.data.present], decisions: event.data.decisions.map((d) => ({ ...d })) };
      default:
        return state;
    }
  },
};
