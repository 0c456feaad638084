// The statistics year a page shows and its "as of" period: ?year= and ?asOf= in the URL, else the last
// year chosen (localStorage), else the newest year the server has data for. Changing either writes the
// URL, so a link reproduces the view.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useDataYears } from '../api.ts';

const storageKey = 'tongchou.econYear';
const firstYear = 2021; // the Five-Year Plan's first year; the catalogue has no older series

function storedYear(): number {
  try {
    return Number(localStorage.getItem(storageKey));
  } catch {
    return 0;
  }
}

export function useEconYear() {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const years: number[] = [];
  for (let y = thisYear; y >= firstYear; y--) years.push(y);
  const fromUrl = Number(params.get('year'));
  const stored = storedYear();
  const dataYears = useDataYears(!years.includes(fromUrl) && !years.includes(stored));
  const year = years.includes(fromUrl) ? fromUrl : years.includes(stored) ? stored : (dataYears.latest ?? thisYear);
  const rawAsOf = params.get('asOf') ?? '';
  const asOf = new RegExp(`^${year}-(0[1-9]|1[0-2])$`).test(rawAsOf) ? rawAsOf : null;
  const update = useCallback(
    (patch: { year?: number; asOf?: string | null }) => {
      if (patch.year !== undefined) {
        try {
          localStorage.setItem(storageKey, String(patch.year));
        } catch {
          /* private mode: the URL still carries it */
        }
      }
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (patch.year !== undefined) {
          next.set('year', String(patch.year));
          next.delete('asOf');
        }
        if (patch.asOf !== undefined) {
          if (patch.asOf) next.set('asOf', patch.asOf);
          else next.delete('asOf');
        }
        return next;
      });
    },
    [setParams],
  );
  return { year, years, asOf, ready: !dataYears.loading, setYear: (y: number) => update({ year: y }), setAsOf: (p: string | null) => update({ asOf: p }) };
}
