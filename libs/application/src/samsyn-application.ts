import { randomUUID } from 'node:crypto';
import { StreamStateCache, type EventStore } from '@samsyn/event-store';
import type { SamsynCommands } from './application.port';
import { systemClock, type Clock } from './clock';
import { CommandExecutor } from './command-executor';
import { ProcessCommands } from './process.commands';
import { ProposalCommands } from './proposal.commands';
import { RegisterCommands } from './registers.commands';
import { RecipientCommands } from './recipient.commands';
import { StreamStates } from './stream-states';

export interface SamsynApplicationOptions {
  clock?: Clock;
  newId?: () => string;
  /** A proposal accepted or approved by a committed write could not be applied at once (store
   * trouble): the caller is answered with the committed write, the settling process manager retries. */
  onSettleError?: (proposalId: string, error: unknown) => void;
  /** Streams whose folded state is kept between commands (0: none, every command reads whole streams). */
  cachedStreams?: number;
}

/** The write side: every command of docs/api.md, on any EventStore adapter. */
export class SamsynApplication implements SamsynCommands {
  readonly states: StreamStates;
  private readonly registers: RegisterCommands;
  private readonly processes: ProcessCommands;
  private readonly proposals: ProposalCommands;
  private readonly recipients: RecipientCommands;

  constructor(
    readonly store: EventStore,
    options: SamsynApplicationOptions = {},
  ) {
    const newId = options.newId ?? randomUUID;
    const cache = options.cachedStreams === 0 ? undefined : new StreamStateCache(options.cachedStreams ?? 10_000);
    const executor = new CommandExecutor(store, options.clock ?? systemClock, newId, cache);
    this.states = new StreamStates(store, cache);
    this.registers = new RegisterCommands(executor, this.states);
    this.processes = new ProcessCommands(executor, this.states);
    this.proposals = new ProposalCommands(executor, this.states, newId, options.onSettleError);
    this.recipients = new RecipientCommands(executor);
  }

  registerStakeholder: SamsynCommands['registerStakeholder'] = (d, o) => this.registers.registerStakeholder(d, o);
  renameStakeholder: SamsynCommands['renameStakeholder'] = (id, d, o) => this.registers.renameStakeholder(id, d, o);
  retireStakeholder: SamsynCommands['retireStakeholder'] = (id, d, o) => this.registers.retireStakeholder(id, d, o);
  establishBody: SamsynCommands['establishBody'] = (d, o) => this.registers.establishBody(d, o);
  setBodyMembers: SamsynCommands['setBodyMembers'] = (id, d, o) => this.registers.setBodyMembers(id, d, o);
  defineTerm: SamsynCommands['defineTerm'] = (d, o) => this.registers.defineTerm(d, o);
  reviseTerm: SamsynCommands['reviseTerm'] = (id, d, o) => this.registers.reviseTerm(id, d, o);
  deprecateTerm: SamsynCommands['deprecateTerm'] = (id, d, o) => this.registers.deprecateTerm(id, d, o);
  mapSynonym: SamsynCommands['mapSynonym'] = (id, d, o) => this.registers.mapSynonym(id, d, o);
  registerSystem: SamsynCommands['registerSystem'] = (d, o) => this.registers.registerSystem(d, o);
  retireSystem: SamsynCommands['retireSystem'] = (id, d, o) => this.registers.retireSystem(id, d, o);
  registerProcess: SamsynCommands['registerProcess'] = (d, o) => this.processes.registerProcess(d, o);
  recordAdoption: SamsynCommands['recordAdoption'] = (id, d, o) => this.processes.recordAdoption(id, d, o);
  setNotificationPreferences: SamsynCommands['setNotificationPreferences'] = (p, d, o) => this.recipients.setNotificationPreferences(p, d, o);
  registerEmailAddress: SamsynCommands['registerEmailAddress'] = (p, d, o) => this.recipients.registerEmailAddress(p, d, o);
  setAdoptionTargets: SamsynCommands['setAdoptionTargets'] = (id, d, o) => this.processes.setAdoptionTargets(id, d, o);
  submitProposal: SamsynCommands['submitProposal'] = (pid, d, o) => this.proposals.submitProposal(pid, d, o);
  amendProposal: SamsynCommands['amendProposal'] = (id, d, o) => this.proposals.amendProposal(id, d, o);
  withdrawProposal: SamsynCommands['withdrawProposal'] = (id, d, o) => this.proposals.withdrawProposal(id, d, o);
  reviewProposal: SamsynCommands['reviewProposal'] = (id, d, o) => this.proposals.reviewProposal(id, d, o);
  decideProposal: SamsynCommands['decideProposal'] = (id, d, o) => this.proposals.decideProposal(id, d, o);
  escalateOverdue: SamsynCommands['escalateOverdue'] = (id, o) => this.proposals.escalateOverdue(id, o);
  settlePending: SamsynCommands['settlePending'] = (id, o = {}) => this.proposals.settlePending(id, o);
}
