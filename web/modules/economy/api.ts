// Economy (经济运行监测与规划评估): the read side — catalogue, year overview, one indicator's year, targets,
// vintages, the review queue, 开门红 and the Five-Year-Plan evaluation. Every key starts with 'econ', so
// a write refreshes every figure it may move with one invalidation.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { EconomyOverview, FypView, IndicatorDetail, IndicatorList, OpeningView, QueueItem, TargetRow, Vintage } from './types.ts';

export const econKey = ['econ'] as const;

export const econPaths = {
  template: '/api/economy/values/template',
  export: (year: number) => `/api/economy/${year}/values.xlsx`,
  import: '/api/economy/values/import',
  brief: (year: number) => `/api/economy/${year}/brief.docx`,
  fypReport: '/api/economy/fyp/report.docx',
};

export function useIndicators() {
  return useQuery({
    queryKey: [...econKey, 'indicators'],
    queryFn: ({ signal }) => api.get<IndicatorList>('/api/economy/indicators', undefined, signal),
    staleTime: 60_000,
  });
}

export function useOverview(year: number, asOf: string | null) {
  return useQuery({
    queryKey: [...econKey, year, 'overview', asOf],
    queryFn: ({ signal }) => api.get<EconomyOverview>(`/api/economy/${year}/overview`, { asOf }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorYear(year: number, id: number) {
  return useQuery({
    queryKey: [...econKey, year, 'indicator', id],
    queryFn: ({ signal }) => api.get<IndicatorDetail>(`/api/economy/${year}/indicators/${id}`, undefined, signal),
    enabled: id > 0,
    placeholderData: keepPreviousData,
  });
}

export function useTargets(year: number) {
  return useQuery({
    queryKey: [...econKey, year, 'targets'],
    queryFn: ({ signal }) => api.get<{ items: TargetRow[] }>(`/api/economy/${year}/targets`, undefined, signal),
  });
}

export function useVintages(id: number, year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...econKey, year, 'vintages', id],
    queryFn: ({ signal }) => api.get<{ items: Vintage[] }>(`/api/economy/indicators/${id}/vintages`, { year }, signal),
    enabled: enabled && id > 0,
  });
}

export function useReviewQueue(enabled: boolean) {
  return useQuery({
    queryKey: [...econKey, 'queue'],
    queryFn: ({ signal }) => api.get<{ items: QueueItem[] }>('/api/economy/review-queue', undefined, signal),
    enabled,
  });
}

export function useOpening(year: number) {
  return useQuery({
    queryKey: [...econKey, year, 'opening'],
    queryFn: ({ signal }) => api.get<OpeningView>(`/api/economy/${year}/opening`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFyp(asOfYear: number | null) {
  return useQuery({
    queryKey: [...econKey, 'fyp', asOfYear],
    queryFn: ({ signal }) => api.get<FypView>('/api/economy/fyp', { asOfYear }, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * The newest year with data, for a page opened without ?year=. The catalogue answer may list the years
 * (`years`); else the overviews are probed from this year back until one has a reported period.
 */
export function useDataYears(enabled = true) {
  const q = useQuery({
    queryKey: [...econKey, 'dataYears'],
    queryFn: async ({ signal }) => {
      const list = await api.get<IndicatorList & { years?: number[] }>('/api/economy/indicators', undefined, signal);
      if (list.years?.length) return { years: list.years, latest: Math.max(...list.years) };
      const thisYear = new Date().getFullYear();
      for (let y = thisYear; y > thisYear - 6; y--) {
        const o = await api.get<EconomyOverview>(`/api/economy/${y}/overview`, undefined, signal);
        if (o.items.some((r) => r.latest !== null)) return { years: [y], latest: y };
      }
      return { years: [] as number[], latest: thisYear };
    },
    staleTime: 10 * 60_000,
    enabled,
  });
  return { years: q.data?.years, latest: q.data?.latest ?? null, loading: enabled && q.isPending };
}
