// Prices writes: quotes and their import, approval of a day, alert scan, the catalogue (commodities,
// thresholds, points, collectors, windows), government-priced items, certification cases.
// Each hook owns its toast and refreshes every 'prices' query. Codes a form shows in place are left to it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNotify } from '../../components/useNotify.tsx';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { moduleWrite } from '../../components/moduleWrite.ts';
import type { ImportResult } from '../../components/ImportExportBar.tsx';
import { pricesKey, pricesPaths } from './api.ts';
import type { CertAction, CertCaseDetail, CertCaseInput, CommodityInput, PointInput, PriceItem, PriceItemInput, QuoteInput, WindowInput } from './types.ts';

/** Codes a form shows beside its fields rather than as a toast. */
export const inPlaceCodes = ['price.jump_unconfirmed', 'price.locked', 'price.future_date', 'price.not_collector', 'request.invalid', 'record.stale', 'cert.method_required', 'record.duplicate'];

const useWrite = moduleWrite(pricesKey, inPlaceCodes);

export function useSaveQuotes() {
  const { t } = useTranslation();
  return useWrite((input: QuoteInput) => api.put<unknown>('/api/prices/quotes', input), (_, v) => t('price.toast.quotesSaved', { count: v.quotes.length }));
}

export function useApproveDay() {
  const { t } = useTranslation();
  return useWrite((date: string) => api.post<unknown>('/api/prices/approve', { date }), () => t('price.toast.approved'));
}

export function useScanAlerts() {
  const { t } = useTranslation();
  return useWrite((date: string) => api.post<unknown>('/api/prices/alerts/scan', { date }), () => t('price.toast.scanned'));
}

export function useSavePriceItem() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, input }: { id: number | null; input: PriceItemInput }) => (id === null ? api.post<PriceItem>('/api/prices/items', input) : api.put<PriceItem>(`/api/prices/items/${id}`, input)),
    () => t('price.toast.itemSaved'),
  );
}

export function useCreateCase() {
  const { t } = useTranslation();
  return useWrite((input: CertCaseInput) => api.post<CertCaseDetail>('/api/cert-cases', input), (r) => t('price.toast.caseCreated', { caseNo: r.caseNo }));
}

export function useCaseAction(id: number) {
  const { t } = useTranslation();
  return useWrite(
    (body: { action: CertAction; note: string; method?: string; resultYuan?: number; version: number }) => api.post<CertCaseDetail>(`/api/cert-cases/${id}/action`, body),
    () => t('price.toast.caseUpdated'),
  );
}

export function useSetThreshold() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, risePct, fallPct }: { id: number; name: string; risePct: number; fallPct: number }) => api.put<unknown>(`/api/prices/commodities/${id}/threshold`, { risePct, fallPct }),
    (_, v) => t('price.toast.thresholdSaved', { name: v.name }),
  );
}

export function useCreateCommodity() {
  const { t } = useTranslation();
  return useWrite((input: CommodityInput) => api.post<{ id: number }>('/api/prices/commodities', input), (_, v) => t('price.toast.commodityCreated', { name: v.name }));
}

export function useCreatePoint() {
  const { t } = useTranslation();
  return useWrite((input: PointInput) => api.post<{ id: number }>('/api/prices/points', input), (_, v) => t('price.toast.pointCreated', { name: v.name }));
}

export function useSetCollectors() {
  const { t } = useTranslation();
  return useWrite(({ id, userIds }: { id: number; userIds: number[] }) => api.put<unknown>(`/api/prices/points/${id}/collectors`, { userIds }), () => t('price.toast.collectorsSaved'));
}

export function useCreateWindow() {
  const { t } = useTranslation();
  return useWrite((input: WindowInput) => api.post<{ id: number }>('/api/prices/windows', input), (_, v) => t('price.toast.windowCreated', { name: v.name }));
}

/** The all-or-nothing import of a day sheet; row errors (import.invalid_rows) are left to the errors modal. */
export function useImportQuotes() {
  const notify = useNotify();
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation<ImportResult, unknown, File>({
    mutationFn: async (file) => {
      const r = await api.upload<{ imported: number }>(pricesPaths.import, file);
      return { created: r.imported, updated: 0 };
    },
    onSuccess: (r) => {
      notify.success(t('price.toast.imported', { count: r.created }));
      return client.invalidateQueries({ queryKey: pricesKey });
    },
    onError: (e) => !isApiError(e, 'import.invalid_rows') && notify.error(e),
  });
}
