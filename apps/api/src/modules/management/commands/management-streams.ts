import { StreamStates } from '@samsyn/application/stream-states';
import { samsynEventCodec } from '@samsyn/application/event-codec';
import {
  fold,
  managementObjectDecider,
  managementObjectStream,
  managementPlanDecider,
  managementPlanStream,
  type DomainEvent,
  type ManagementObjectScopeRefs,
  type ManagementObjectState,
  type ManagementPlanState,
} from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';

/**
 * The current states the management rules read, each from its own stream at decision time (never
 * from a read model, which may lag): the registers' through StreamStates, and the objects and plans.
 */
export class ManagementStreams extends StreamStates {
  constructor(store: EventStore) {
    super(store);
  }

  private async folded<S>(streamId: string, decider: { evolve(s: S, e: never): S; initialState(): S }): Promise<S> {
    const stored = await this.store.readStream(streamId);
    return fold(decider as never, stored.map((e) => samsynEventCodec.fromStored(e) as DomainEvent) as never[]) as S;
  }

  managementObject = (id: string): Promise<ManagementObjectState> => this.folded(managementObjectStream(id), managementObjectDecider);
  managementPlan = (object: string, year: number): Promise<ManagementPlanState> => this.folded(managementPlanStream(object, year), managementPlanDecider);

  /** What a management object's scope rules read: its body, systems and processes (ManagementObjectScopeRefs). */
  async scopeRefs(scope: { body: string; systems?: readonly unknown[]; processes?: readonly unknown[] }): Promise<ManagementObjectScopeRefs> {
    const [body, systems, processes] = await Promise.all([this.body(scope.body), this.each(scope.systems ?? [], this.system), this.each(scope.processes ?? [], this.process)]);
    return { body, systems, processes };
  }

  /** Each id's state, keyed by id (a prototype-free map: ids are the client's). */
  async each<S>(ids: readonly unknown[], load: (id: string) => Promise<S>): Promise<Record<string, S>> {
    const out = Object.create(null) as Record<string, S>;
    const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
    const states = await Promise.all(wanted.map(load));
    wanted.forEach((id, i) => (out[id] = states[i]));
    return out;
  }
}
