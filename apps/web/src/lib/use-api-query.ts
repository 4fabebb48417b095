import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { api, type Params } from './api-client';
import { useAsOf } from './time-travel';

/** A read through the API client; the time-travel setting is part of the key, so "as of" refetches. */
export const useApiQuery = <T>(key: readonly unknown[], path: string, params?: Params, options: Partial<UseQueryOptions<T>> = {}) => {
  const asOf = useAsOf();
  return useQuery<T>({
    queryKey: [...key, params ?? {}, asOf],
    queryFn: () => api.get<T>(path, { params }),
    ...options,
  });
};
