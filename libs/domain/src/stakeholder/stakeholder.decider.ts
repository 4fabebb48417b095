import { ErrorCodes, isAdmin, refuse, refuseUnknownCommand, requiredText, type Decider } from '../shared';
import type { RegisterStakeholder, RenameStakeholder, RetireStakeholder, StakeholderCommand } from './stakeholder.commands';
import { STAKEHOLDER_KINDS, type StakeholderEvent } from './stakeholder.events';
import type { StakeholderState } from './stakeholder.state';

/** Ids become stream names and URL segments, so they are kept to lower-case slugs. */
export const STAKEHOLDER_ID = /^[a-z0-9][a-z0-9-]*$/;

const requireAdmin = (command: StakeholderCommand): void => {
  if (!isAdmin(command.context.principal)) refuse(ErrorCodes.NOT_ALLOWED, `only an admin may ${command.type}`);
};

const requireExisting = (state: StakeholderState, id: string): void => {
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `stakeholder ${id} does not exist`);
};

const register = ({ data }: RegisterStakeholder, state: StakeholderState): StakeholderEvent[] => {
  const id = requiredText(data.id, 'id');
  if (!STAKEHOLDER_ID.test(id)) refuse(ErrorCodes.INVALID_INPUT, `id ${id} is not a slug (a-z, 0-9, '-')`, { field: 'id' });
  const name = requiredText(data.name, 'name');
  if (!STAKEHOLDER_KINDS.includes(data.kind)) {
    refuse(ErrorCodes.INVALID_INPUT, `kind must be one of ${STAKEHOLDER_KINDS.join(', ')}`, { field: 'kind' });
  }
  if (state.exists) refuse(ErrorCodes.ALREADY_EXISTS, `stakeholder ${id} already exists`);
  return [{ type: 'StakeholderRegistered', data: { id, name, kind: data.kind } }];
};

/** Renaming to the current name appends nothing: a retried or repeated rename is harmless. */
const rename = ({ data }: RenameStakeholder, state: StakeholderState): StakeholderEvent[] => {
  const name = requiredText(data.name, 'name');
  requireExisting(state, data.id);
  if (state.retired) refuse(ErrorCodes.STAKEHOLDER_RETIRED, `stakeholder ${state.id} is retired`);
  if (name === state.name) return [];
  return [{ type: 'StakeholderRenamed', data: { id: state.id, name, previousName: state.name } }];
};

const retire = ({ data }: RetireStakeholder, state: StakeholderState): StakeholderEvent[] => {
  const reason = requiredText(data.reason, 'reason');
  requireExisting(state, data.id);
  if (state.retired) refuse(ErrorCodes.ALREADY_RETIRED, `stakeholder ${state.id} is already retired`);
  return [{ type: 'StakeholderRetired', data: { id: state.id, reason } }];
};

export const stakeholderDecider: Decider<StakeholderCommand, StakeholderEvent, StakeholderState> = {
  initialState: () => ({ exists: false, id: '', name: '', kind: null, retired: false }),

  decide(command, state) {
    requireAdmin(command);
    switch (command.type) {
      case 'RegisterStakeholder':
        return register(command, state);
      case 'RenameStakeholder':
        return rename(command, state);
      case 'RetireStakeholder':
        return retire(command, state);
      default:
        return refuseUnknownCommand(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'StakeholderRegistered':
        return { exists: true, id: event.data.id, name: event.data.name, kind: event.data.kind, retired: false };
      case 'StakeholderRenamed':
        return { ...state, name: event.data.name };
      case 'StakeholderRetired':
        return { ...state, retired: true };
      default:
        return state;
    }
  },
};
