import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { WriteRequest } from '../model/register-writes';

const SEND = { POST: api.post, PUT: api.put, PATCH: api.patch } as const;

/** One of the register writes (model/register-writes.ts); the registers are read again after it (the API answers once its read models have it). */
export const useRegisterWrite = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: WriteRequest) => SEND[request.method](request.path, request.body),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
