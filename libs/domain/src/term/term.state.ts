export interface TermState {
  exists: boolean;
  id: string;
  label: string;
  definition: string;
  version: number;
  deprecated: boolean;
  replacedBy: string | null;
  /** stakeholder id → local labels that map onto this term */
  synonyms: Record<string, string[]>;
}
