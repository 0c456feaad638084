// Livelihood: the read side. Every key starts with 'livelihood', so a write refreshes every figure it may move.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { IndexResult, LiveProject, Population, SzcOverview, SzcReport, System, ValuesGrid } from './types.ts';

export const liveKey = ['livelihood'] as const;
export const livePaths = {
  export: (year: number) => `/api/livelihood/index/${year}/export.xlsx`,
  template: '/api/livelihood/values/template',
  import: (year: number) => `/api/livelihood/values/import?year=${year}`,
};

export function useLiveYears() {
  return useQuery({ queryKey: [...liveKey, 'years'], queryFn: ({ signal }) => api.get<{ items: { year: number; approvedValues: number }[]; szcYears: number[]; populationYears: number[] }>('/api/livelihood/years', undefined, signal), staleTime: 60_000 });
}

export function useIndex(year: number | null, q: { normalisation?: string; aggregation?: string }) {
  return useQuery({
    queryKey: [...liveKey, 'index', year, q.normalisation, q.aggregation],
    queryFn: ({ signal }) => api.get<IndexResult>(`/api/livelihood/index/${year}`, { normalisation: q.normalisation || undefined, aggregation: q.aggregation || undefined }, signal),
    enabled: !!year, placeholderData: keepPreviousData, retry: false,
  });
}

export function useSystem(year: number | null) {
  return useQuery({ queryKey: [...liveKey, 'system', year], queryFn: ({ signal }) => api.get<System>(`/api/livelihood/systems/${year}`, undefined, signal), enabled: !!year });
}

export function useValues(year: number | null, quarter = 0) {
  return useQuery({ queryKey: [...liveKey, 'values', year, quarter], queryFn: ({ signal }) => api.get<ValuesGrid>('/api/livelihood/values', { year, quarter }, signal), enabled: !!year, placeholderData: keepPreviousData });
}

export function useLiveProjects() {
  return useQuery({ queryKey: [...liveKey, 'projects'], queryFn: ({ signal }) => api.get<{ items: LiveProject[]; total: number; abilities: { write: boolean } }>('/api/livelihood/projects', undefined, signal) });
}

export function useSzc(year: number, period: string | null) {
  return useQuery({
    queryKey: [...liveKey, 'szc', year, period],
    queryFn: ({ signal }) => api.get<SzcOverview>(`/api/livelihood/szc/${year}`, { period: period || undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSzcReports(year: number, q: { townId?: number | null; period?: string | null; state?: string | null }) {
  return useQuery({
    queryKey: [...liveKey, 'szc-reports', year, q.townId, q.period, q.state],
    queryFn: ({ signal }) => api.get<{ items: SzcReport[]; total: number }>(`/api/livelihood/szc/${year}/reports`, { townId: q.townId || undefined, period: q.period || undefined, state: q.state || undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePopulation(year: number) {
  return useQuery({ queryKey: [...liveKey, 'population', year], queryFn: ({ signal }) => api.get<Population>(`/api/livelihood/population/${year}`, undefined, signal), placeholderData: keepPreviousData });
}
