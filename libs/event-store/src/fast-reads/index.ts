export * from './fast-reads.port';
export * from './fast-reads';
// The lean event and its slimming, for the fast reads' callers (declared beside the port).
export type { LeanSlim, LeanStoredEvent } from '../port/lean-event';
