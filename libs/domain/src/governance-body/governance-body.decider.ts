import { ErrorCodes, isAdmin, refuse, refuseUnknownCommand, requiredText, type Decider } from '../shared';
import { LEVELS, levelRank } from './governance-level';
import type { EstablishGovernanceBody, GovernanceBodyCommand, SetGovernanceBodyBudgetFrame, SetGovernanceBodyMembers } from './governance-body.commands';
import type { GovernanceBodyEvent } from './governance-body.events';
import type { GovernanceBodyState } from './governance-body.state';

/** Members are principal ids; a repeated id is the same member, so duplicates collapse. */
const memberList = (value: unknown): string[] => {
  if (!Array.isArray(value)) return refuse(ErrorCodes.INVALID_INPUT, 'members must be an array of principal ids', { field: 'members' });
  return [...new Set(value.map((m, i) => requiredText(m, `members[${i}]`)))];
};

const establish = ({ data, refs }: EstablishGovernanceBody, state: GovernanceBodyState): GovernanceBodyEvent[] => {
  const id = requiredText(data.id, 'id');
  const name = requiredText(data.name, 'name');
  if (!LEVELS.includes(data.level)) refuse(ErrorCodes.INVALID_INPUT, `level must be one of ${LEVELS.join(', ')}`, { field: 'level' });
  const members = memberList(data.members);
  const parent = data.parent == null ? null : requiredText(data.parent, 'parent');
  if (state.exists) refuse(ErrorCodes.ALREADY_EXISTS, `governance body ${id} already exists`);

  const above = LEVELS[levelRank(data.level) + 1];
  if (!above) {
    // The portfolio body decides finally; nothing sits above it.
    if (parent !== null) refuse(ErrorCodes.INVALID_BODY_HIERARCHY, `a ${data.level} body has no parent`);
  } else {
    if (parent === null) return refuse(ErrorCodes.INVALID_BODY_HIERARCHY, `a ${data.level} body needs a parent at ${above} level`);
    const parentBody = refs?.parentBody;
    if (!parentBody?.exists || parentBody.id !== parent) refuse(ErrorCodes.BODY_UNKNOWN, `governance body ${parent} does not exist`);
    if (parentBody.level !== above) {
      refuse(ErrorCodes.INVALID_BODY_HIERARCHY, `the parent of a ${data.level} body must be at ${above} level, ${parent} is ${parentBody.level}`);
    }
  }
  return [{ type: 'GovernanceBodyEstablished', data: { id, name, level: data.level, parent, members } }];
};

/** Setting the same members again appends nothing (PUT is idempotent). */
const setMembers = ({ data }: SetGovernanceBodyMembers, state: GovernanceBodyState): GovernanceBodyEvent[] => {
  const members = memberList(data.members);
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `governance body ${data.id} does not exist`);
  const added = members.filter((m) => !state.members.includes(m));
  const removed = state.members.filter((m) => !members.includes(m));
  if (added.length === 0 && removed.length === 0) return [];
  return [{ type: 'GovernanceBodyMembersChanged', data: { id: state.id, members, added, removed } }];
};

/** A whole number of SEK, or null to lift the frame; the same frame again appends nothing. */
const setBudgetFrame = ({ data }: SetGovernanceBodyBudgetFrame, state: GovernanceBodyState): GovernanceBodyEvent[] => {
  const frame = data.budgetFrame;
  if (frame !== null && !(Number.isSafeInteger(frame) && frame >= 0)) {
    refuse(ErrorCodes.INVALID_INPUT, 'budgetFrame must be a whole number of SEK (0 or more) or null', { field: 'budgetFrame' });
  }
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `governance body ${data.id} does not exist`);
  if ((state.budgetFrame ?? null) === frame) return [];
  return [{ type: 'GovernanceBodyBudgetFrameSet', data: { id: state.id, budgetFrame: frame } }];
};

export const governanceBodyDecider: Decider<GovernanceBodyCommand, GovernanceBodyEvent, GovernanceBodyState> = {
  initialState: () => ({ exists: false, id: '', name: '', level: null, parent: null, members: [] }),

  decide(command, state) {
    if (!isAdmin(command.context.principal)) refuse(ErrorCodes.NOT_ALLOWED, `only an admin may ${command.type}`);
    switch (command.type) {
      case 'EstablishGovernanceBody':
        return establish(command, state);
      case 'SetGovernanceBodyMembers':
        return setMembers(command, state);
      case 'SetGovernanceBodyBudgetFrame':
        return setBudgetFrame(command, state);
      default:
        return refuseUnknownCommand(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'GovernanceBodyEstablished': {
        const { id, name, level, parent, members } = event.data;
        return { exists: true, id, name, level, parent, members: [...members] };
      }
      case 'GovernanceBodyMembersChanged':
        return { ...state, members: [...event.data.members] };
      case 'GovernanceBodyBudgetFrameSet':
        return { ...state, budgetFrame: event.data.budgetFrame };
      default:
        return state;
    }
  },
};
