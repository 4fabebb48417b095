import type { StakeholderKind } from './stakeholder.events';

export interface StakeholderState {
  exists: boolean;
  id: string;
  name: string;
  kind: StakeholderKind | null;
  retired: boolean;
}
