import type { EventStore } from '@samsyn/event-store';
import type { SamsynUseCases } from '@samsyn/application/use-cases.port';
import type { StreamStates } from '@samsyn/application/stream-states';
import { openWriteSide, type WriteSideOptions } from '@samsyn/application/write-side';
import { recordAdoption } from '../modules/adoptions/commands/record-adoption/record-adoption.service';
import { setAdoptionTargets } from '../modules/adoptions/commands/set-adoption-targets/set-adoption-targets.service';
import { setDefaultAdoptionTarget } from '../modules/adoptions/commands/set-default-adoption-target/set-default-adoption-target.service';
import { establishBody } from '../modules/bodies/commands/establish-body/establish-body.service';
import { setBodyMembers } from '../modules/bodies/commands/set-body-members/set-body-members.service';
import { registerEmailAddress } from '../modules/me/commands/register-email-address/register-email-address.service';
import { setNotificationPreferences } from '../modules/me/commands/set-notification-preferences/set-notification-preferences.service';
import { registerProcess } from '../modules/processes/commands/register-process/register-process.service';
import { amendProposal } from '../modules/proposals/commands/amend-proposal/amend-proposal.service';
import { decideProposal } from '../modules/proposals/commands/decide-proposal/decide-proposal.service';
import { reviewProposal } from '../modules/proposals/commands/review-proposal/review-proposal.service';
import { submitProposal } from '../modules/proposals/commands/submit-proposal/submit-proposal.service';
import { withdrawProposal } from '../modules/proposals/commands/withdraw-proposal/withdraw-proposal.service';
import { escalateOverdue } from '../modules/proposals/process-managers/escalate-overdue/escalate-overdue.service';
import { recoverPending } from '../modules/proposals/process-managers/recover-pending/recover-pending.service';
import { registerStakeholder } from '../modules/stakeholders/commands/register-stakeholder/register-stakeholder.service';
import { renameStakeholder } from '../modules/stakeholders/commands/rename-stakeholder/rename-stakeholder.service';
import { retireStakeholder } from '../modules/stakeholders/commands/retire-stakeholder/retire-stakeholder.service';
import { registerSystem } from '../modules/systems/commands/register-system/register-system.service';
import { retireSystem } from '../modules/systems/commands/retire-system/retire-system.service';
import { defineTerm } from '../modules/terms/commands/define-term/define-term.service';
import { deprecateTerm } from '../modules/terms/commands/deprecate-term/deprecate-term.service';
import { mapSynonym } from '../modules/terms/commands/map-synonym/map-synonym.service';
import { reviseTerm } from '../modules/terms/commands/revise-term/revise-term.service';

/** The write side on one store: every use case of docs/api.md, with what it writes through. */
export interface SamsynApplication extends SamsynUseCases {
  readonly store: EventStore;
  /** The current states of the streams, as the use cases read them (tests look through it). */
  readonly states: StreamStates;
}

export type SamsynApplicationOptions = WriteSideOptions;

/**
 * The composition root of the write side: each use case (the `*.service.ts` in its module's
 * commands/ or process-managers/ folder) bound to one write side. Framework-free: the API binds
 * it to each module's port token (api.module.ts), and the CLI's seed, the tests and the bench
 * call it directly, without NestJS.
 */
export const samsynApplication = (store: EventStore, options: SamsynApplicationOptions = {}): SamsynApplication => {
  const write = openWriteSide(store, options);
  return {
    store,
    states: write.states,
    registerStakeholder: registerStakeholder(write),
    renameStakeholder: renameStakeholder(write),
    retireStakeholder: retireStakeholder(write),
    establishBody: establishBody(write),
    setBodyMembers: setBodyMembers(write),
    defineTerm: defineTerm(write),
    reviseTerm: reviseTerm(write),
    deprecateTerm: deprecateTerm(write),
    mapSynonym: mapSynonym(write),
    registerSystem: registerSystem(write),
    retireSystem: retireSystem(write),
    registerProcess: registerProcess(write),
    recordAdoption: recordAdoption(write),
    setAdoptionTargets: setAdoptionTargets(write),
    setDefaultAdoptionTarget: setDefaultAdoptionTarget(write),
    submitProposal: submitProposal(write),
    amendProposal: amendProposal(write),
    withdrawProposal: withdrawProposal(write),
    reviewProposal: reviewProposal(write),
    decideProposal: decideProposal(write),
    escalateOverdue: escalateOverdue(write),
    recoverPending: recoverPending(write),
    setNotificationPreferences: setNotificationPreferences(write),
    registerEmailAddress: registerEmailAddress(write),
  };
};
