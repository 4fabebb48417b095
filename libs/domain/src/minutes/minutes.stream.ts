/** One stream per body and meeting: a meeting's minutes are recorded once. */
export const minutesStream = (body: string, meeting: string): string => `minutes-${body}-${meeting}`;

/** A plan decision's id in minutes: which plan, which revision. */
export const planDecisionRef = (object: string, year: number, revision: number): string => `${object}/${year}/${revision}`;

export const parsePlanDecisionRef = (ref: string): { object: string; year: number; revision: number } | null => {
  const m = /^(.+)\/(\d{4})\/(\d+)$/.exec(ref);
  return m ? { object: m[1], year: Number(m[2]), revision: Number(m[3]) } : null;
};
