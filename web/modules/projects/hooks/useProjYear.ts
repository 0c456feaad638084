// The plan year a projects page shows: ?year= in the URL, else the last year chosen (localStorage), else
// the newest year with projects. Changing it writes the URL, so a link reproduces the view.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useProjectYears } from '../api.ts';

const storageKey = 'tongchou.projYear';

function storedYear(): number {
  try {
    return Number(localStorage.getItem(storageKey));
  } catch {
    return 0;
  }
}

export function useProjYear() {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const years: number[] = [];
  for (let y = thisYear + 1; y >= thisYear - 5; y--) years.push(y);
  const fromUrl = Number(params.get('year'));
  const stored = storedYear();
  const latest = useProjectYears(!years.includes(fromUrl) && !years.includes(stored));
  const year = years.includes(fromUrl) ? fromUrl : years.includes(stored) ? stored : (latest.latest ?? thisYear);
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
  return { year, years, ready: !latest.loading, setYear };
}
