/** One stream per object and year: each year's plan has its own revisions and decisions. */
export const managementPlanStream = (object: string, year: number): string => `management-plan-${object}-${year}`;
