import { ErrorCodes, refuse } from '../shared';
import { isDateOrInstant } from './calendar';
import type { SetAdoptionTargets } from './process.commands';
import type { ProcessEvent } from './process.events';
import type { ProcessState } from './process.state';

/** Roll-out (docs/product.md): the process's governing body sets, per participant of a revision, the
 * date by which it should have adopted that revision. Only a member of that very body may. */
export const setAdoptionTargets = ({ data, refs, context }: SetAdoptionTargets, state: ProcessState): ProcessEvent[] => {
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `process ${data.id} does not exist`);
  if (!Number.isInteger(data.revision) || !state.revisions[data.revision]) {
    refuse(ErrorCodes.REVISION_UNKNOWN, `process ${state.id} has no revision ${data.revision}`);
  }
  const body = refs.body;
  if (!body?.exists || body.id !== state.governingBody) refuse(ErrorCodes.BODY_UNKNOWN, `governance body ${state.governingBody} does not exist`);
  if (!body.members.includes(context.principal.id)) {
    refuse(ErrorCodes.NOT_A_BODY_MEMBER, `${context.principal.id} is not a member of ${body.id}, which governs ${state.id}`);
  }
  const targets = data.targets;
  if (typeof targets !== 'object' || targets === null || Array.isArray(targets) || Object.keys(targets).length === 0) {
    refuse(ErrorCodes.INVALID_INPUT, 'targets maps at least one participant to a date', { field: 'targets' });
  }
  const participants = state.revisions[data.revision].participants;
  for (const [stakeholder, date] of Object.entries(targets)) {
    if (!participants.includes(stakeholder)) {
      refuse(ErrorCodes.NOT_A_PARTICIPANT, `${stakeholder} is not a participant of revision ${data.revision} of ${state.id}`, { field: `targets.${stakeholder}` });
    }
    if (!isDateOrInstant(date)) refuse(ErrorCodes.INVALID_INPUT, `the target of ${stakeholder} must be a date (YYYY-MM-DD) or an ISO-8601 instant`, { field: `targets.${stakeholder}` });
  }
  const sorted = Object.fromEntries(Object.entries(targets).sort(([a], [b]) => a.localeCompare(b)));
  return [{ type: 'AdoptionTargetsSet', data: { id: state.id, revision: data.revision, targets: sorted, body: body.id, setBy: context.principal.id } }];
};
