import type { Principal } from './principal';

/** A fact, named in the past tense. `type` is an explicit, stable string and never a class name:
 * renaming code must not rename history. The schema version lives beside it (see upcasting/). */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** What the domain is told about the command's circumstances: who asks, and when it is.
 * The domain has no clock of its own; `now` is an ISO-8601 instant the edge supplies. */
export interface CommandContext {
  principal: Principal;
  now: string;
}

export interface DomainCommand<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  context: CommandContext;
}

/** decide(command, state) → events; evolve(state, event) → state. Pure, total, synchronous. */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export const fold = <E, S>(decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initialState'>, events: readonly E[]): S =>
  events.reduce(decider.evolve, decider.initialState());
