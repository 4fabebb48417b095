import type { GovernanceLevel } from './governance-level';

/** No body has been established under this id. The fields stay loose (a ref built by hand may
 * carry any), since nothing reads them before checking `exists`. */
export interface NoGovernanceBody {
  exists: false;
  id: string;
  name: string;
  level: GovernanceLevel | null;
  parent: string | null;
  members: string[];
  budgetFrame?: number | null;
}

export interface GovernanceBody {
  exists: true;
  id: string;
  name: string;
  level: GovernanceLevel;
  /** The body one level up (null for the portfolio level). */
  parent: string | null;
  members: string[];
  /** The budget mandate in SEK a year: a management plan whose budget exceeds it goes to the
   * parent. Absent or null: no frame was set, the body decides any budget. */
  budgetFrame?: number | null;
}

/** A union by existence: once a check finds the body, its level is known. */
export type GovernanceBodyState = NoGovernanceBody | GovernanceBody;
