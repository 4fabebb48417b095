import { ErrorCodes, isAdmin, refuse, refuseUnknownCommand, requiredText, type Decider } from '../shared';
import type { RegisterSystem, RetireSystem, SystemCommand } from './system.commands';
import type { SystemEvent } from './system.events';
import type { SystemState } from './system.state';

/** The owner and the governing body are checked against their own streams' current states,
 * which the application loads into `refs`. Without a principal named, whoever registers owns it. */
const register = ({ data, refs, context }: RegisterSystem, state: SystemState): SystemEvent[] => {
  const id = requiredText(data.id, 'id');
  const name = requiredText(data.name, 'name');
  const ownerStakeholder = requiredText(data.ownerStakeholder, 'ownerStakeholder');
  const ownerPrincipal = data.ownerPrincipal == null ? context.principal.id : requiredText(data.ownerPrincipal, 'ownerPrincipal');
  const governingBody = requiredText(data.governingBody, 'governingBody');
  if (state.exists) refuse(ErrorCodes.ALREADY_EXISTS, `system ${id} already exists`);

  const owner = refs?.owner;
  if (!owner?.exists || owner.id !== ownerStakeholder) refuse(ErrorCodes.STAKEHOLDER_UNKNOWN, `stakeholder ${ownerStakeholder} does not exist`);
  if (owner.retired) refuse(ErrorCodes.STAKEHOLDER_RETIRED, `stakeholder ${ownerStakeholder} is retired`);

  const body = refs?.body;
  if (!body?.exists || body.id !== governingBody) refuse(ErrorCodes.BODY_UNKNOWN, `governance body ${governingBody} does not exist`);
  if (body.level !== 'object') {
    refuse(ErrorCodes.INVALID_BODY_HIERARCHY, `a system is governed by an object-level body, ${governingBody} is ${body.level}`);
  }
  return [{ type: 'SystemRegistered', data: { id, name, ownerStakeholder, ownerPrincipal, governingBody } }];
};

const retire = ({ data }: RetireSystem, state: SystemState): SystemEvent[] => {
  const reason = requiredText(data.reason, 'reason');
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `system ${data.id} does not exist`);
  if (state.retired) refuse(ErrorCodes.ALREADY_RETIRED, `system ${state.id} is already retired`);
  return [{ type: 'SystemRetired', data: { id: state.id, reason } }];
};

export const systemDecider: Decider<SystemCommand, SystemEvent, SystemState> = {
  initialState: () => ({ exists: false, id: '', name: '', ownerStakeholder: '', ownerPrincipal: '', governingBody: '', retired: false }),

  decide(command, state) {
    if (!isAdmin(command.context.principal)) refuse(ErrorCodes.NOT_ALLOWED, `only an admin may ${command.type}`);
    switch (command.type) {
      case 'RegisterSystem':
        return register(command, state);
      case 'RetireSystem':
        return retire(command, state);
      default:
        return refuseUnknownCommand(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'SystemRegistered':
        return { ...event.data, exists: true, retired: false };
      case 'SystemRetired':
        return { ...state, retired: true };
      default:
        return state;
    }
  },
};
