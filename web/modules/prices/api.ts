// Prices (价格监测、价格管理、价格认定): the read side. Every key starts with 'prices', so a write
// refreshes every figure it may move with one invalidation.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Catalogue, CertCase, CertCaseDetail, CollectorForm, Heatmap, Overview, PriceAlert, PriceItem, Series } from './types.ts';

export const pricesKey = ['prices'] as const;

export const pricesPaths = {
  brief: '/api/prices/brief.docx',
  windowReport: (id: number) => `/api/prices/windows/${id}/report.docx`,
  export: '/api/prices/export.xlsx',
  template: '/api/prices/template',
  import: '/api/prices/import',
  conclusion: (id: number) => `/api/cert-cases/${id}/conclusion.docx`,
};

export function useCatalogue() {
  return useQuery({
    queryKey: [...pricesKey, 'catalogue'],
    queryFn: ({ signal }) => api.get<Catalogue>('/api/prices/catalogue', undefined, signal),
    staleTime: 60_000,
  });
}

export function usePriceOverview(date: string | null) {
  return useQuery({
    queryKey: [...pricesKey, 'overview', date],
    queryFn: ({ signal }) => api.get<Overview>('/api/prices/overview', { date }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSeries(id: number | null, from: string, to: string) {
  return useQuery({
    queryKey: [...pricesKey, 'series', id, from, to],
    queryFn: ({ signal }) => api.get<Series>(`/api/prices/commodities/${id}/series`, { from, to }, signal),
    enabled: !!id && !!from && !!to,
    placeholderData: keepPreviousData,
  });
}

export function useHeatmap(date: string | null) {
  return useQuery({
    queryKey: [...pricesKey, 'heatmap', date],
    queryFn: ({ signal }) => api.get<Heatmap>('/api/prices/heatmap', { date }, signal),
    enabled: !!date,
    placeholderData: keepPreviousData,
  });
}

export function useAlerts(f: { status?: string; from?: string; to?: string }) {
  return useQuery({
    queryKey: [...pricesKey, 'alerts', f],
    queryFn: ({ signal }) => api.get<{ items: PriceAlert[] }>('/api/prices/alerts', f, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCollectorForm(pointId: number | null, date: string) {
  return useQuery({
    queryKey: [...pricesKey, 'form', pointId, date],
    queryFn: ({ signal }) => api.get<CollectorForm>('/api/prices/form', { pointId, date }, signal),
    enabled: !!pointId && /^\d{4}-\d{2}-\d{2}$/.test(date),
  });
}

export function usePriceItems() {
  return useQuery({
    queryKey: [...pricesKey, 'items'],
    queryFn: ({ signal }) => api.get<{ items: PriceItem[]; abilities: { write: boolean } }>('/api/prices/items', undefined, signal),
  });
}

export function useCertCases(f: { q?: string; stage?: string }) {
  return useQuery({
    queryKey: [...pricesKey, 'cases', f],
    queryFn: ({ signal }) => api.get<{ items: CertCase[]; abilities: { write: boolean } }>('/api/cert-cases', f, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCertCase(id: number) {
  return useQuery({
    queryKey: [...pricesKey, 'case', id],
    queryFn: ({ signal }) => api.get<CertCaseDetail>(`/api/cert-cases/${id}`, undefined, signal),
    enabled: id > 0,
  });
}
