/** The three levels a decision can be taken at, lowest first: object → administration → portfolio. */
export type GovernanceLevel = 'object' | 'administration' | 'portfolio';
export const LEVELS: readonly GovernanceLevel[] = ['object', 'administration', 'portfolio'];
export const levelRank = (l: GovernanceLevel): number => LEVELS.indexOf(l);
