// Livelihood writes. Each hook owns its toast and refreshes every 'livelihood' query; codes a form shows in
// place are left to it.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { moduleWrite } from '../../components/moduleWrite.ts';
import { planKey } from '../workplan/api.ts';
import { liveKey, livePaths } from './api.ts';

export const inPlaceCodes = ['live.weights_sum', 'live.split_sum', 'import.invalid_rows'];
/** Refusals the 疏整促 report form shows beside its fields. */
const szcFormCodes = ['live.decreasing', 'live.wrong_town', 'live.no_target', 'live.locked', 'live.period_year', 'request.invalid'];

const useWrite = moduleWrite(liveKey, inPlaceCodes);
const useSzcFormWrite = moduleWrite(liveKey, [...inPlaceCodes, ...szcFormCodes]);

type Review = { ids: number[]; action: 'approve' | 'return'; reason?: string };

export function useSaveWeights(year: number) {
  const { t } = useTranslation();
  return useWrite((body: unknown) => api.put<unknown>(`/api/livelihood/systems/${year}/weights`, body), () => t('live.toast.weightsSaved'));
}
export function useCreateSystem() {
  const { t } = useTranslation();
  return useWrite((body: { year: number; copyFrom: number | null }) => api.post<unknown>('/api/livelihood/systems', body), (_, v) => t('live.toast.systemCreated', { year: v.year }));
}
export function useSaveValues() {
  const { t } = useTranslation();
  return useWrite((body: { year: number; quarter?: number; items: { indicatorId: number; district: string; value: number; note?: string; version?: number }[] }) => api.put<{ saved: number }>('/api/livelihood/values', body), (r) => t('live.toast.valuesSaved', { count: r.saved }));
}
export function useReviewValues() {
  const { t } = useTranslation();
  return useWrite((body: Review) => api.post<{ reviewed: number }>('/api/livelihood/values/review', body), (r) => t('live.toast.reviewed', { count: r.reviewed }));
}
export function useImportValues(year: number) {
  const { t } = useTranslation();
  return useWrite((file: File) => api.upload<{ imported: number }>(livePaths.import(year), file), (r) => t('live.toast.imported', { count: r.imported }));
}
export function useWeakTasks(year: number) {
  const { t } = useTranslation();
  return useWrite(() => api.post<{ created: unknown[]; existing: number }>(`/api/livelihood/weak/${year}/tasks`, {}), (r) => t('live.toast.tasks', { created: r.created.length, existing: r.existing }), [planKey]);
}
export function useSaveSzcReport() {
  const { t } = useTranslation();
  return useSzcFormWrite((body: { typeId: number; townId: number; period: string; cumActual: number; note: string; correction: boolean; version: number }) => api.put<unknown>('/api/livelihood/szc/reports', body), () => t('live.toast.reportSaved'));
}
export function useReviewSzc() {
  const { t } = useTranslation();
  return useWrite((body: Review) => api.post<{ reviewed: number }>('/api/livelihood/szc/reports/review', body), (r) => t('live.toast.reviewed', { count: r.reviewed }));
}
export function useAddPublicity(year: number) {
  const { t } = useTranslation();
  return useWrite((body: { townId: number | null; date: string; title: string; outlet: string; level: string }) => api.post<unknown>(`/api/livelihood/szc/${year}/publicity`, body), () => t('live.toast.publicity'));
}
export function useSavePopTargets(year: number) {
  const { t } = useTranslation();
  return useWrite((body: { districtCap: number; baseline: number; towns: { townId: number; cap: number }[]; version: number | null }) => api.put<unknown>(`/api/livelihood/population/${year}/targets`, body), () => t('live.toast.targetsSaved'));
}
export function useSavePopFigure() {
  const { t } = useTranslation();
  return useWrite((body: { year: number; quarter: number; townId: number; value: number; source: string; version: number }) => api.put<unknown>('/api/livelihood/population/figures', body), () => t('live.toast.figureSaved'));
}
export function useReviewPop() {
  const { t } = useTranslation();
  return useWrite((body: Review) => api.post<{ reviewed: number }>('/api/livelihood/population/figures/review', body), (r) => t('live.toast.reviewed', { count: r.reviewed }));
}

export function useCreateSzcType(year: number) {
  const { t } = useTranslation();
  return useWrite((body: { code: string; name: string; group: string; unit: string; leadUnitId: number }) => api.post<{ id: number }>(`/api/livelihood/szc/${year}/types`, body), () => t('live.toast.typeCreated'));
}
export function useSetSzcTargets() {
  const { t } = useTranslation();
  return useWrite(({ typeId, ...body }: { typeId: number; targets: { townId: number; target: number }[]; version: number }) => api.put<unknown>(`/api/livelihood/szc/types/${typeId}/targets`, body), () => t('live.toast.targetsSaved'));
}
export function useAddIndicator(year: number) {
  const { t } = useTranslation();
  return useWrite((body: Record<string, unknown>) => api.post<{ id: number }>(`/api/livelihood/systems/${year}/indicators`, body), () => t('live.toast.indicatorAdded'));
}
export function useLinkProject() {
  const { t } = useTranslation();
  return useWrite((body: { projectId: number; dimensionCode: string; note: string }) => api.post<{ id: number }>('/api/livelihood/projects', body), () => t('live.toast.projectLinked'));
}
export function useUnlinkProject() {
  const { t } = useTranslation();
  return useWrite((id: number) => api.del<unknown>(`/api/livelihood/projects/${id}`), () => t('live.toast.projectUnlinked'));
}
