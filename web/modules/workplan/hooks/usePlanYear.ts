// The plan year a page shows: ?year= in the URL, else the last one chosen (localStorage), else the
// newest year the server has. Changing it writes the URL, so links keep the year.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { usePlanYears } from '../api.ts';

const storageKey = 'tongchou.planYear';

function storedYear(): number {
  try {
    return Number(localStorage.getItem(storageKey));
  } catch {
    return 0;
  }
}

export function usePlanYear() {
  const [params, setParams] = useSearchParams();
  const years = usePlanYears();
  const list = years.data?.items ?? [];
  const fromUrl = Number(params.get('year'));
  const stored = storedYear();
  const year = list.some((y) => y.year === fromUrl) ? fromUrl : list.some((y) => y.year === stored) ? stored : (list[0]?.year ?? null);
  const setYear = useCallback(
    (y: number) => {
      try {
        localStorage.setItem(storageKey, String(y));
      } catch {
        /* private mode: the URL still carries it */
      }
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set('year', String(y));
        next.delete('page');
        return next;
      });
    },
    [setParams],
  );
  return { year, years: list, info: list.find((y) => y.year === year) ?? null, setYear, loading: years.isPending, error: years.error };
}
