/** DI tokens of the ports the HTTP layer depends on; api.module.ts binds them to adapters. The
 * write side (SamsynUseCases) is bound once here and narrowed by each module's own token
 * (modules/<capability>/<capability>.di-tokens.ts). */
export const SAMSYN_APPLICATION = Symbol('SamsynApplication');
export const READ_MODEL_QUERIES = Symbol('ReadModelQueries');
export const EVENT_STORE = Symbol('EventStore');
export const PROJECTION_PROGRESS = Symbol('ProjectionProgress');
export const TOKEN_VERIFIER = Symbol('TokenVerifier');
export const CLOCK = Symbol('Clock');
export const API_CONFIG = Symbol('ApiConfig');
export const LOGGER = Symbol('Logger');

// The clock CLOCK binds: one definition, the application's.
export { systemClock, type Clock } from '@samsyn/application';

/** How far the read side has got: the global position of the last event every projection applied. */
export interface ProjectionProgress {
  position(): bigint | null | Promise<bigint | null>;
  /** Read models set aside because their projection threw on an event (ProjectionRunner.failures). */
  failures?(): readonly ProjectionFailureReport[];
}

/** A read model that stopped at an event: which one, and which event (position, type, stream). */
export interface ProjectionFailureReport {
  projection: string;
  position: string;
  type: string;
  streamId: string;
  error: string;
  standsAt: string | null;
}
