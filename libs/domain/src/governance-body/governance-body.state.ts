import type { GovernanceLevel } from '../process/definition';

export interface GovernanceBodyState {
  exists: boolean;
  id: string;
  name: string;
  level: GovernanceLevel | null;
  parent: string | null;
  members: string[];
}
