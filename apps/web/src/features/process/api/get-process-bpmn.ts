import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useAsOf } from '../../../lib/time-travel';

/** GET /processes/:id/bpmn?revision=n: the BPMN 2.0 XML the diagram draws (lanes per organisation). */
export const useProcessBpmn = (id: string, revision: number | undefined) => {
  const asOf = useAsOf();
  return useQuery({
    queryKey: ['process', id, 'bpmn', revision, asOf],
    queryFn: () => api.getText(`/processes/${encodeURIComponent(id)}/bpmn`, { params: { revision }, accept: 'application/bpmn+xml' }),
    enabled: revision !== undefined,
  });
};
