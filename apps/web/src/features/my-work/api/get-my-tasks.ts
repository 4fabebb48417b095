import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth';
import { useAsOf } from '../../../lib/time-travel';
import type { MyTasks } from '../model/tasks';
import { useSeenMarker } from '../model/seen-marker';

interface Health {
  projections: { position: string | null };
}

/**
 * GET /me/tasks with the person's seen marker. The read models' position is asked first (GET
 * /health): the list then reflects at least that position, so marking it seen never hides a task
 * the page has not shown.
 */
export const useMyTasks = () => {
  const session = useSession();
  const asOf = useAsOf();
  const seenUpTo = useSeenMarker(session?.sub);
  return useQuery({
    queryKey: ['me-tasks', session?.sub, seenUpTo, asOf],
    enabled: !!session,
    queryFn: async (): Promise<MyTasks> => {
      const health = await api.get<Health>('/health', { asOf: false }).catch(() => null);
      const tasks = await api.get<Omit<MyTasks, 'shownUpTo'>>('/me/tasks', { params: { seenUpTo } });
      return { ...tasks, shownUpTo: health?.projections.position ?? null };
    },
  });
};
