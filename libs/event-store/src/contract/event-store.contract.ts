/**
 * The one behavioural suite every EventStore adapter passes. It calls jest's describe/it itself,
 * so it lives in its own entry ('@samsyn/event-store/contract'): production code never imports jest.
 * One file per topic; contract-world.ts gives each test a fresh store.
 */
import { describeAppendContract } from './append.contract';
import { contractWorld, type ContractSubject } from './contract-world';
import { describeHashChainContract } from './hash-chain.contract';
import { describeIdempotencyContract } from './idempotency.contract';
import { describeReadContract } from './reads.contract';
import { describeSubscriptionContract } from './subscription.contract';

export type { ContractSubject, TamperHooks } from './contract-world';

export interface ContractOptions {
  /** false for adapters whose storage cannot be edited behind their back (EventStoreDB): the
   * tamper tests are then not registered at all (rather than passing vacuously). Default true:
   * the subject must then provide `tamper`. */
  tamper?: boolean;
}

export function describeEventStoreContract(name: string, factory: () => Promise<ContractSubject>, options: ContractOptions = {}): void {
  describe(`EventStore contract: ${name}`, () => {
    const world = contractWorld(factory, options.tamper ?? true);
    describeAppendContract(world);
    describeReadContract(world);
    describeIdempotencyContract(world);
    describeSubscriptionContract(world);
    describeHashChainContract(world);
  });
}
