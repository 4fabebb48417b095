import { ErrorCodes, isProcessOwnerOf, refuse } from '../shared';
import { dayAfter, isDateOrInstant } from './calendar';
import type { ProcessDefinition } from './definition';
import type { SetAdoptionTargets, SetDefaultAdoptionTarget } from './process.commands';
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

/** The longest default a process may have: ten years of days. */
export const MAX_DEFAULT_TARGET_DAYS = 3650;

/** Roll-out default (docs/harmonization.md): the process owner (of the owning organisation) or a
 * member of the governing body says how many days after a revision is applied its participants should
 * have adopted it; null removes the default. The same value again appends nothing. */
export const setDefaultAdoptionTarget = ({ data, refs, context }: SetDefaultAdoptionTarget, state: ProcessState): ProcessEvent[] => {
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `process ${data.id} does not exist`);
  const days = data.daysAfterApplied;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_DEFAULT_TARGET_DAYS)) {
    refuse(ErrorCodes.INVALID_INPUT, `daysAfterApplied must be a whole number of days from 1 to ${MAX_DEFAULT_TARGET_DAYS}, or null`, { field: 'daysAfterApplied' });
  }
  const principal = context.principal;
  const body = refs.body?.exists && refs.body.id === state.governingBody ? refs.body : null;
  const owner = state.owner !== null && isProcessOwnerOf(principal, state.owner.stakeholder);
  if (!owner && !body?.members.includes(principal.id)) {
    refuse(ErrorCodes.NOT_ALLOWED, `only a process owner of ${state.owner?.stakeholder} or a member of ${state.governingBody} may set the default adoption target of ${state.id}`);
  }
  if ((state.defaultAdoptionTarget?.daysAfterApplied ?? null) === days) return [];
  return [{ type: 'DefaultAdoptionTargetSet', data: { id: state.id, daysAfterApplied: days, setBy: principal.id } }];
};

/** The targets a revision applied at `now` gets from the process's default: every participant of its
 * definition, `daysAfterApplied` days later. None without a default. */
export const defaultTargets = (state: ProcessState, revision: number, definition: ProcessDefinition, now: string): ProcessEvent[] => {
  const d = state.defaultAdoptionTarget;
  if (!d) return [];
  const target = dayAfter(now, d.daysAfterApplied);
  const targets = Object.fromEntries([...definition.participants].sort((a, b) => a.localeCompare(b)).map((s) => [s, target]));
  return [{ type: 'AdoptionTargetsSet', data: { id: state.id, revision, targets, body: state.governingBody, setBy: d.setBy, daysAfterApplied: d.daysAfterApplied } }];
};
