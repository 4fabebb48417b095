import { useApiQuery } from '../../../lib/use-api-query';

export type HandoverFlag = 'NO_COMMON_SYSTEM' | 'NO_COMMON_TERM';

export interface HandoverSide {
  stakeholder: string;
  stakeholderName: string | null;
  step: string;
  stepName: string;
  systems: string[];
  terms: string[];
}

export interface Handover {
  processId: string;
  processName: string;
  revision: number;
  handoverId: string;
  artifact: string;
  from: HandoverSide;
  to: HandoverSide;
  commonSystems: string[];
  commonTerms: string[];
  artifactTerm: string | null;
  flagged: boolean;
  reasons: HandoverFlag[];
}

export interface HandoverRegister {
  stakeholder: string | null;
  summary: { handovers: number; flagged: number };
  handovers: Handover[];
}

/** GET /handovers, filtered by organisation on the server (the same filter the CSV download uses). */
export const useHandovers = (stakeholder: string) =>
  useApiQuery<HandoverRegister>(['handovers'], '/handovers', stakeholder ? { stakeholder } : undefined);
