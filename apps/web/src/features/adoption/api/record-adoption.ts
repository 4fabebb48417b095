import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface AdoptionInput {
  stakeholder: string;
  revision: number;
  adoptedOn: string;
}

/** POST /processes/:id/adoptions; the process, the catalogue and the reports change with it. */
export const useRecordAdoption = (processId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AdoptionInput) => api.post(`/processes/${encodeURIComponent(processId)}/adoptions`, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
