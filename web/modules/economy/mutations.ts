// Economy writes: catalogue, targets, values (enter, review, revise), xlsx import and the Five-Year-Plan
// table. Each hook owns its toast and refreshes every 'econ' query (a value moves the overview, the
// indicator page, the review queue and the brief at once). Form-level errors (econ.cumulative_fall…) are
// left to the caller, which shows them in place.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import type { ImportResult } from '../../components/ImportExportBar.tsx';
import { moduleWrite } from '../../components/moduleWrite.ts';
import { useNotify } from '../../components/useNotify.tsx';
import { econKey, econPaths } from './api.ts';
import type { FypActualInput, FypIndicatorInput, FypTaskInput, ImportAnswer, IndicatorInput, IndicatorRow, IndicatorUpdate, TargetInput, TargetRow, ValueInput, ValueRevision, ValueRow } from './types.ts';

/** Codes a form shows beside its fields rather than as a toast. */
export const inPlaceCodes = [
  'econ.cumulative_fall', 'econ.period_not_ended', 'econ.period_freq_mismatch', 'econ.jan_merged', 'econ.value_locked', 'econ.value_empty', 'record.stale',
  'request.invalid', 'econ.code_taken', 'econ.parent_invalid', 'econ.unit_not_found', 'econ.return_reason_required', 'econ.revision_unchanged',
  'fyp.code_taken', 'fyp.plan_task_not_found', 'fyp.year_out_of_plan',
];

const useWrite = moduleWrite(econKey, inPlaceCodes);

export function useCreateIndicator() {
  const { t } = useTranslation();
  return useWrite((input: IndicatorInput) => api.post<IndicatorRow>('/api/economy/indicators', input), (r) => t('econ.toast.indicatorCreated', { name: r.name }));
}

export function useUpdateIndicator() {
  const { t } = useTranslation();
  return useWrite(({ id, patch }: { id: number; patch: IndicatorUpdate }) => api.patch<IndicatorRow>(`/api/economy/indicators/${id}`, patch), (r) => t('econ.toast.indicatorSaved', { name: r.name }));
}

export function useSaveTarget(year: number) {
  const { t } = useTranslation();
  return useWrite(({ indicatorId, input }: { indicatorId: number; input: TargetInput }) => api.put<TargetRow>(`/api/economy/${year}/targets/${indicatorId}`, input), () => t('econ.toast.targetSaved'));
}

export function useSaveValue() {
  const { t } = useTranslation();
  return useWrite(
    ({ indicatorId, period, body }: { indicatorId: number; period: string; body: ValueInput }) => api.put<ValueRow>(`/api/economy/indicators/${indicatorId}/values/${period}`, body),
    (_, v) => (v.body.submit ? t('econ.toast.valueSubmitted') : t('econ.toast.valueSaved')),
  );
}

export function useReviewValue() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, action, reason, version }: { id: number; action: 'approve' | 'return'; reason?: string; version: number }) => api.post<ValueRow>(`/api/economy/values/${id}/review`, { action, reason, version }),
    (_, v) => (v.action === 'approve' ? t('econ.toast.valueApproved') : t('econ.toast.valueReturned')),
  );
}

export function useReviseValue() {
  const { t } = useTranslation();
  return useWrite(({ id, body }: { id: number; body: ValueRevision }) => api.post<ValueRow>(`/api/economy/values/${id}/revise`, body), () => t('econ.toast.valueRevised'));
}

/** The values xlsx import (all rows or none). ImportExportBar wants counts: imported values count as created. */
export function useImportValues(confirmFalls: boolean) {
  const notify = useNotify();
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation<ImportResult, unknown, File>({
    mutationFn: async (file) => {
      const r = await api.upload<ImportAnswer>(confirmFalls ? `${econPaths.import}?confirmFalls=1` : econPaths.import, file);
      return { created: r.imported, updated: 0 };
    },
    onSuccess: (r) => {
      notify.success(t('econ.toast.imported', { count: r.created }));
      return client.invalidateQueries({ queryKey: econKey });
    },
    onError: (e) => !isApiError(e, 'import.invalid_rows') && notify.error(e),
  });
}

export function useCreateFypIndicator() {
  const { t } = useTranslation();
  return useWrite((input: FypIndicatorInput) => api.post('/api/economy/fyp/indicators', input), () => t('econ.toast.fypSaved'));
}

export function useUpdateFypIndicator() {
  const { t } = useTranslation();
  return useWrite(({ id, patch }: { id: number; patch: Partial<FypIndicatorInput> & { version: number } }) => api.patch(`/api/economy/fyp/indicators/${id}`, patch), () => t('econ.toast.fypSaved'));
}

export function useSaveFypActual() {
  const { t } = useTranslation();
  return useWrite(({ id, year, input }: { id: number; year: number; input: FypActualInput }) => api.put(`/api/economy/fyp/indicators/${id}/actuals/${year}`, input), () => t('econ.toast.actualSaved'));
}

export function useOverrideFyp() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, rating, reason, version }: { id: number; rating: string | null; reason: string; version: number }) => api.put(`/api/economy/fyp/indicators/${id}/override`, { rating, reason, version }),
    (_, v) => (v.rating === null ? t('econ.toast.overrideCleared') : t('econ.toast.overrideSaved')),
  );
}

export function useSaveFypTask() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, input, version }: { id: number | null; input: FypTaskInput; version?: number }) =>
      id === null ? api.post('/api/economy/fyp/tasks', input) : api.patch(`/api/economy/fyp/tasks/${id}`, { ...input, version }),
    () => t('econ.toast.fypTaskSaved'),
  );
}
