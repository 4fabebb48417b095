import type { AsOf, ReadModelQueries } from '../read-model-queries.port';
import { byId } from '../queries/by-id';
import type { ReadModelReader } from '../queries/read-model-reader';
import { managementProjection, planKey, type ManagementState } from './management.projection';
import type { MinutesView } from './management.view';

/** The reads of PM3's management (docs/management-objects.md), each answering as of a moment. */
export type ManagementQueries = Pick<ReadModelQueries, 'managementObjects' | 'managementObject' | 'managementPlan' | 'bodyMinutes' | 'minutes'>;

/** The bodies at or below `body`: an administration body's area holds its object bodies' objects. */
export const bodySubtree = (s: ManagementState, body: string): Set<string> => {
  const area = new Set<string>([body]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const b of Object.values(s.bodies)) {
      if (b.parent !== null && area.has(b.parent) && !area.has(b.id)) {
        area.add(b.id);
        grew = true;
      }
    }
  }
  return area;
};

const byMeeting = (a: MinutesView, b: MinutesView): number => a.date.localeCompare(b.date) || a.meeting.localeCompare(b.meeting);

export const managementQueries = (read: ReadModelReader): ManagementQueries => {
  const state = (asOf: AsOf) => read.state(managementProjection, asOf);
  return {
    async managementObjects(filter, asOf) {
      const s = await state(asOf);
      const objects = Object.values(s.objects);
      if (filter.body === undefined) return objects.sort(byId);
      const area = bodySubtree(s, filter.body);
      return objects.filter((o) => area.has(o.body)).sort(byId);
    },
    async managementObject(id, asOf) {
      return (await state(asOf)).objects[id] ?? null;
    },
    async managementPlan(object, year, asOf) {
      return (await state(asOf)).plans[planKey(object, year)] ?? null;
    },
    async bodyMinutes(body, asOf) {
      const s = await state(asOf);
      if (!s.bodies[body]) return null;
      return Object.values(s.minutes[body] ?? {}).sort(byMeeting);
    },
    async minutes(body, meeting, asOf) {
      return (await state(asOf)).minutes[body]?.[meeting] ?? null;
    },
  };
};
