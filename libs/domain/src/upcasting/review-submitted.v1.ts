import type { ReviewSubmitted } from '../proposal/proposal.events';

/** ReviewSubmitted v1 said `approved: boolean`; v2 says `verdict`, because a review is a verdict
 * on the proposal and room was wanted for more than two (docs/api.md already speaks of verdicts). */
export interface ReviewSubmittedV1Data {
  id: string;
  version: number;
  stakeholder: string;
  reviewer: string;
  approved: boolean;
  comment: string;
}

export const reviewSubmittedV1toV2 = (data: unknown): ReviewSubmitted['data'] => {
  const v1 = data as ReviewSubmittedV1Data;
  if (typeof v1 !== 'object' || v1 === null || typeof v1.approved !== 'boolean') {
    throw new TypeError('ReviewSubmitted v1 data must carry `approved: boolean`');
  }
  const { approved, ...rest } = v1;
  return { ...rest, verdict: approved ? 'accept' : 'reject' };
};
