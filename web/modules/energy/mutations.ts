// Energy writes: register a review, workflow steps, expert opinions, acceptance, quarterly figures,
// settings. Each hook owns its toast and refreshes every 'energy' query; codes a form shows in place are left to it.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { moduleWrite } from '../../components/moduleWrite.ts';
import { api } from '../../api/client.ts';
import { planKey } from '../workplan/api.ts';
import { energyKey, energyPaths } from './api.ts';
import type { Conversion, EnergyLineInput, ReviewDetail } from './types.ts';
import type { ReviewAction } from '../../../common/energy.ts';

/** Codes a form shows beside its fields rather than as a toast. */
export const inPlaceCodes = ['energy.unknown_type', 'energy.unit_mismatch', 'energy.negative_quantity', 'energy.expert_opinion_required', 'energy.review_required', 'energy.reason_required', 'energy.opinion_required', 'energy.review_exists', 'request.invalid', 'record.stale', 'energy.quarter_future', 'energy.target_exists', 'energy.bad_assessee', 'record.duplicate', 'import.invalid_rows'];

const useWrite = moduleWrite(energyKey, inPlaceCodes);

export function useConvert() {
  return useMutation({ mutationFn: (v: { year: number; lines: EnergyLineInput[] }) => api.post<Conversion>('/api/energy/convert', v) });
}

export type ReviewCreate = { projectId: number; year: number; applicant: string; submittedOn: string; lines: EnergyLineInput[]; exemptIndustry: boolean; classified: boolean; note: string };
export function useCreateReview() {
  const { t } = useTranslation();
  return useWrite((v: ReviewCreate) => api.post<ReviewDetail>('/api/energy/reviews', v), () => t('energy.toast.created'));
}

export function useReviewAction(id: number) {
  const { t } = useTranslation();
  return useWrite((v: { action: ReviewAction; version: number; note?: string; opinion?: string; conditions?: string; lines?: EnergyLineInput[] }) => api.post<ReviewDetail>(`/api/energy/reviews/${id}/action`, v), () => t('energy.toast.acted'));
}

export function useAddExpert(id: number) {
  const { t } = useTranslation();
  return useWrite((v: { expert: string; org: string; conclusion: string; opinion: string; givenOn: string }) => api.post<ReviewDetail>(`/api/energy/reviews/${id}/experts`, v), () => t('energy.toast.expert'));
}

export function useAcceptance(id: number) {
  const { t } = useTranslation();
  return useWrite((v: { verifiedOn: string; lines: EnergyLineInput[]; note: string; version: number }) => api.post<ReviewDetail>(`/api/energy/reviews/${id}/acceptance`, v), () => t('energy.toast.verified'));
}

export function useReportQuarter() {
  const { t } = useTranslation();
  return useWrite((v: { id: number; quarter: string; energyTce: number; output: number; note: string; version: number }) =>
    api.put<unknown>(`/api/energy/targets/${v.id}/quarters/${v.quarter}`, { energyTce: v.energyTce, output: v.output, note: v.note, version: v.version }), () => t('energy.toast.reported'));
}

export function useUpdateTarget() {
  const { t } = useTranslation();
  return useWrite(({ id, ...v }: { id: number; version: number; targetDropPct: number; capTce: number; deduction: number; deductionNote: string; tasks: { title: string; points: number; score: number | null }[] }) =>
    api.patch<unknown>(`/api/energy/targets/${id}`, v), () => t('energy.toast.target'));
}

export type TargetCreate = { year: number; orgId: number | null; keyUserId: number | null; targetDropPct: number; capTce: number; baseTce: number; baseOutput: number; tasks: { title: string; points: number; score: number | null }[]; deduction: number; deductionNote: string };
export function useCreateTarget() {
  const { t } = useTranslation();
  return useWrite((v: TargetCreate) => api.post<{ id: number }>('/api/energy/targets', v), () => t('energy.toast.target'));
}

export function useOffTargetTasks(year: number) {
  const { t } = useTranslation();
  return useWrite(() => api.post<{ created: unknown[]; existing: number }>('/api/energy/assessment/tasks', { year }), (r) => t('energy.toast.tasks', { created: r.created.length, existing: r.existing }), [planKey]);
}

export function useImportKeyUserYears() {
  const { t } = useTranslation();
  return useWrite((file: File) => api.upload<{ imported: number }>(energyPaths.keyUserImport, file), (r) => t('energy.toast.imported', { count: r.imported }));
}

export function useCreateKeyUser() {
  const { t } = useTranslation();
  return useWrite((v: { name: string; industry: string; townId: number | null; level: string; contact: string }) => api.post<{ id: number }>('/api/energy/key-users', v), () => t('energy.toast.keyUser'));
}

export function useSaveKeyUserYear() {
  const { t } = useTranslation();
  return useWrite(({ id, year, ...v }: { id: number; year: number; energyTce: number; output: number }) => api.put<unknown>(`/api/energy/key-users/${id}/years/${year}`, v), () => t('energy.toast.keyUser'));
}

export function useSaveSettings() {
  const { t } = useTranslation();
  return useWrite((v: Record<string, unknown>) => api.put<unknown>('/api/energy/settings', v), () => t('energy.toast.settings'));
}
