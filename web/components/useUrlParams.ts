// Filters, paging and sorting kept in the URL search params, so a link reproduces a view.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type UrlValue = string | number | null | undefined;

export function useUrlParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(
    () => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>,
    [params, keys], // keys: a module-level constant in every caller
  );
  /** Sets the given params (empty values are removed); any change other than paging goes back to page 1. */
  const update = useCallback(
    (patch: Partial<Record<K, UrlValue>>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch) as [string, UrlValue][]) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in patch) && !('pageSize' in patch)) next.delete('page');
        return next;
      });
    },
    [setParams],
  );
  return [values, update] as const;
}

export function positiveInt(raw: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : fallback;
}
