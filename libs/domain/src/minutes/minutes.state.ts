import type { MinutesDecision } from './minutes.events';

export interface MinutesState {
  exists: boolean;
  body: string;
  meeting: string;
  date: string;
  present: string[];
  decisions: MinutesDecision[];
  recordedBy: string;
}
