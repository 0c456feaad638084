// Enterprise-services writes: roster (create, edit, private notes, tax), xlsx import, visits with the
// demands raised, demands and their lifecycle steps, leads, evaluations, applications. Each hook owns its
// toast and refreshes every 'ent' query. Form-level errors are left to the caller, which shows them in place.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNotify } from '../../components/useNotify.tsx';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import type { ImportResult } from '../../components/ImportExportBar.tsx';
import { moduleWrite } from '../../components/moduleWrite.ts';
import { entKey, entPaths } from './api.ts';
import type {
  ApplicationInput, DemandActionInput, DemandDetail, DemandInput, EnterpriseDetail, EnterpriseInput, EnterpriseUpdate, EvalInput, LeadInput, PolicyInput, VisitInput,
} from './types.ts';

/** Codes a form shows beside its fields (or in an alert inside the dialog) rather than as a toast. */
export const inPlaceCodes = [
  'request.invalid', 'record.stale', 'ent.uscc_taken', 'ent.unit_not_found', 'ent.steward_role', 'ent.visit_in_future', 'ent.not_steward',
  'ent.demand_transition', 'ent.demand_handler_required', 'ent.demand_reply_required', 'ent.demand_reason_required', 'ent.satisfaction_required', 'ent.reopen_once', 'ent.not_handler',
  'proj.granted_stage',
];

const useWrite = moduleWrite(entKey, inPlaceCodes);

export function useCreateEnterprise() {
  const { t } = useTranslation();
  return useWrite((input: EnterpriseInput) => api.post<EnterpriseDetail>('/api/enterprises', input), (r) => t('ent.toast.created', { name: r.name }));
}

export function useUpdateEnterprise() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, patch }: { id: number; patch: EnterpriseUpdate }) => api.patch<EnterpriseDetail>(`/api/enterprises/item/${id}`, patch),
    (r, v) => (Object.keys(v.patch).length === 2 && v.patch.privateNotes !== undefined ? t('ent.toast.notesSaved') : t('ent.toast.saved', { name: r.name })),
  );
}

export function useSaveTax() {
  const { t } = useTranslation();
  return useWrite(({ id, year, amount }: { id: number; year: number; amount: number }) => api.put(`/api/enterprises/item/${id}/tax`, { year, amount }), () => t('ent.toast.taxSaved'));
}

export function useImportEnterprises() {
  const notify = useNotify();
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation<ImportResult, unknown, File>({
    mutationFn: (file) => api.upload<ImportResult>(entPaths.import, file),
    onSuccess: (r) => {
      notify.success(t('import.done', r));
      return client.invalidateQueries({ queryKey: entKey });
    },
    onError: (e) => !isApiError(e, 'import.invalid_rows') && notify.error(e),
  });
}

export function useSetVisitRule() {
  const { t } = useTranslation();
  return useWrite(({ year, minVisits }: { year: number; minVisits: number }) => api.put(`/api/enterprises/visit-rule/${year}`, { minVisits }), () => t('ent.toast.ruleSaved'));
}

export function useLogVisit() {
  const { t } = useTranslation();
  return useWrite(
    (input: VisitInput) => api.post<{ visitId: number; demandIds: number[] }>('/api/enterprises/visits', input),
    (r) => t('ent.toast.visitLogged', { count: r.demandIds.length }),
  );
}

export function useCreateDemand() {
  const { t } = useTranslation();
  return useWrite((input: DemandInput) => api.post<DemandDetail>('/api/demands', input), () => t('ent.toast.demandCreated'));
}

export function useDemandAction() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, input }: { id: number; input: DemandActionInput }) => api.post<DemandDetail>(`/api/demands/${id}/action`, input),
    (_, v) => t(`ent.demand.done.${v.input.action}`),
  );
}

export function useSaveLead() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, input }: { id: number | null; input: LeadInput }) => (id === null ? api.post<{ id: number }>('/api/leads', input) : api.put<{ id: number }>(`/api/leads/${id}`, input)),
    () => t('ent.toast.leadSaved'),
  );
}

export function useSavePolicy() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, input }: { id: number | null; input: PolicyInput }) => (id === null ? api.post<{ id: number }>('/api/policies', input) : api.put<{ id: number }>(`/api/policies/${id}`, input)),
    () => t('ent.toast.policySaved'),
  );
}

export function useSaveEvaluation() {
  const { t } = useTranslation();
  return useWrite((input: EvalInput) => api.put('/api/evaluations', input), () => t('ent.toast.evalSaved'));
}

export function useSaveApplication() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, input }: { id: number | null; input: ApplicationInput }) =>
      id === null ? api.post<{ id: number }>('/api/policy-applications', input) : api.put<{ id: number }>(`/api/policy-applications/${id}`, input),
    () => t('ent.toast.applicationSaved'),
  );
}
