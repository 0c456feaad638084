// The write hook every module uses: run the request, toast its success, refresh the module's queries
// (and any others the write moves), toast an error unless the form shows that code in place, and refetch
// when the record changed or went away meanwhile.
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { isApiError } from '../api/errors.ts';
import { useNotify } from './useNotify.tsx';

export function moduleWrite(moduleKey: QueryKey, inPlaceCodes: readonly string[]) {
  return function useWrite<V, R>(fn: (v: V) => Promise<R>, success: (r: R, v: V) => string | null, alsoRefresh: readonly QueryKey[] = []) {
    const notify = useNotify();
    const client = useQueryClient();
    return useMutation({
      mutationFn: fn,
      onSuccess: (r: R, v: V) => {
        const text = success(r, v);
        if (text) notify.success(text);
        for (const key of alsoRefresh) void client.invalidateQueries({ queryKey: key });
        return client.invalidateQueries({ queryKey: moduleKey });
      },
      onError: (e: unknown) => {
        if (!inPlaceCodes.some((c) => isApiError(e, c))) notify.error(e);
        if (isApiError(e, 'record.stale') || isApiError(e, 'record.not_found')) void client.invalidateQueries({ queryKey: moduleKey });
      },
    });
  };
}
