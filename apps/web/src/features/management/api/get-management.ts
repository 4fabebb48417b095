import { useApiQuery } from '../../../lib/use-api-query';

export type ActivityState = 'planned' | 'ongoing' | 'done' | 'cancelled';

export interface ManagementObject {
  id: string;
  name: string;
  systems: string[];
  processes: string[];
  body: string;
  roles: { owner: string; businessManager: string; itManager: string };
  planYears: number[];
}

export interface ManagementPlan {
  object: string;
  year: number;
  revision: number;
  status: 'draft' | 'decided' | 'rejected';
  heldBy: string;
  content: { goals: string[]; activities: { id: string; title: string; state: ActivityState }[]; budget: number; risks: string[]; forums: { name: string; cadence: string }[] };
  decisions: { revision: number; body: string; outcome: 'approve' | 'reject'; motivation: string; decidedBy: string; decidedAt: string }[];
  followUp: { revision: number; activities: Record<string, ActivityState>; budgetSpent: number; note: string | null; at: string } | null;
}

export interface Minutes {
  body: string;
  meeting: string;
  date: string;
  present: string[];
  decisions: { kind: 'proposal' | 'plan'; ref: string; outcome: 'approve' | 'reject'; motivation: string; decidedBy: string }[];
}

const seg = encodeURIComponent;

/** GET /management-objects: every management object with its roles and plan years. */
export const useManagementObjects = () => useApiQuery<ManagementObject[]>(['management-objects'], '/management-objects');

/** GET /management-objects/:id/plans/:year. */
export const useManagementPlan = (object: string, year: number, options: { enabled?: boolean } = {}) =>
  useApiQuery<ManagementPlan>(['management-plan', object, year], `/management-objects/${seg(object)}/plans/${year}`, undefined, options);

/** GET /bodies/:id/minutes: the body's minutes, oldest meeting first. */
export const useBodyMinutes = (body: string) => useApiQuery<Minutes[]>(['minutes', body], `/bodies/${seg(body)}/minutes`);

/** The path of a meeting's minutes as the archive's HTML document. */
export const minutesHtmlPath = (body: string, meeting: string): string => `/bodies/${seg(body)}/minutes/${seg(meeting)}.html`;
