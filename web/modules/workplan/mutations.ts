// Work plan writes: tasks, monthly reports and their review, supervision, closing, follows, study
// sessions, year rules, assessment scheme, xlsx import. Each hook owns its toast and refreshes every
// 'plan' query (a report or a notice changes statuses, the dashboard and the assessment at once).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TaskUpdate } from '../../../common/workplan.ts';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import type { ImportResult } from '../../components/ImportExportBar.tsx';
import { useNotify } from '../../components/useNotify.tsx';
import { notificationsKey, planKey, planPaths } from './api.ts';
import type { AssessmentScheme, PlanImportResult, PlanStructure, ReportSave, StudyInput, SupervisionLevel, TaskDetail, TaskInput, YearSettings } from './types.ts';

function useRefresh() {
  const client = useQueryClient();
  return (detail?: TaskDetail) => {
    if (detail) client.setQueryData([...planKey, 'task', detail.id], detail);
    return client.invalidateQueries({ queryKey: planKey });
  };
}

/** Toast the error; a stale or vanished record refreshes the data so the next try starts fresh. */
function useOnError() {
  const notify = useNotify();
  const client = useQueryClient();
  return (e: unknown) => {
    notify.error(e);
    if (isApiError(e, 'record.stale') || isApiError(e, 'record.not_found')) void client.invalidateQueries({ queryKey: planKey });
  };
}

function useWrite<V, R>(fn: (v: V) => Promise<R>, success: (r: R, v: V) => string | null, detailOf?: (r: R) => TaskDetail | undefined) {
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useOnError();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r: R, v: V) => {
      const text = success(r, v);
      if (text) notify.success(text);
      return refresh(detailOf?.(r));
    },
    onError,
  });
}

export function useCreateTask(year: number) {
  const { t } = useTranslation();
  return useWrite((input: TaskInput) => api.post<TaskDetail>(`/api/plan/${year}/tasks`, input), (d) => t('plan.toast.taskCreated', { code: d.code }), (d) => d);
}

export function useUpdateTask() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, patch }: { id: number; patch: TaskUpdate }) => api.patch<TaskDetail>(`/api/plan/tasks/${id}`, patch),
    (d) => t('plan.toast.taskUpdated', { code: d.code }),
    (d) => d,
  );
}

export function useSaveReport(taskId: number) {
  const { t } = useTranslation();
  return useWrite(
    ({ period, body }: { period: string; body: ReportSave }) => api.put<TaskDetail>(`/api/plan/tasks/${taskId}/reports/${period}`, body),
    (_, v) => (v.body.submit ? t('plan.toast.reportSubmitted') : t('plan.toast.reportSaved')),
    (d) => d,
  );
}

export function useReviewReport() {
  const { t } = useTranslation();
  return useWrite(
    ({ reportId, action, reason, version }: { reportId: number; action: 'approve' | 'return'; reason?: string; version: number }) =>
      api.post<TaskDetail>(`/api/plan/reports/${reportId}/review`, { action, reason, version }),
    (_, v) => (v.action === 'approve' ? t('plan.toast.reportApproved') : t('plan.toast.reportReturned')),
    (d) => d,
  );
}

export function useUpdateSettings(year: number) {
  const { t } = useTranslation();
  return useWrite((s: YearSettings) => api.put<PlanStructure>(`/api/plan/${year}/settings`, s), () => t('plan.toast.rulesSaved'));
}

export function useIssueNotice(taskId: number) {
  const { t } = useTranslation();
  return useWrite(
    (input: { level: SupervisionLevel; reason: string; requirement: string; replyDue: string }) => api.post<{ id: number }>(`/api/plan/tasks/${taskId}/supervisions`, input),
    () => t('plan.toast.noticeIssued'),
  );
}

export function useReplyNotice() {
  const { t } = useTranslation();
  return useWrite(({ id, reply, version }: { id: number; reply: string; version: number }) => api.post(`/api/plan/supervisions/${id}/reply`, { reply, version }), () => t('plan.toast.noticeReplied'));
}

export function useSweep(year: number) {
  const { t } = useTranslation();
  return useWrite(() => api.post<{ issued: number; escalated: number }>(`/api/plan/${year}/supervisions/sweep`), (r) => t('plan.toast.swept', r));
}

export function useRequestClose(taskId: number) {
  const { t } = useTranslation();
  return useWrite((input: { evidence: string; attachmentIds: number[] }) => api.post(`/api/plan/tasks/${taskId}/close-request`, input), () => t('plan.toast.closeRequested'));
}

export function useDecideClose(taskId: number) {
  const { t } = useTranslation();
  return useWrite(
    (input: { action: 'approve' | 'reject'; reason?: string; version: number }) => api.post(`/api/plan/tasks/${taskId}/close-decision`, input),
    (_, v) => (v.action === 'approve' ? t('plan.toast.closed') : t('plan.toast.closeRejected')),
  );
}

export function useFollow(taskId: number) {
  const { t } = useTranslation();
  return useWrite(
    (follow: boolean) => api.put<{ following: boolean }>(`/api/plan/tasks/${taskId}/follow`, { follow }),
    (r) => (r.following ? t('plan.toast.followed') : t('plan.toast.unfollowed')),
  );
}

export function useCreateStudy() {
  const { t } = useTranslation();
  return useWrite((input: StudyInput) => api.post<{ id: number }>('/api/plan/study-sessions', input), () => t('plan.toast.studySaved'));
}

export function useUpdateScheme(year: number) {
  const { t } = useTranslation();
  return useWrite((input: AssessmentScheme & { version: number }) => api.put(`/api/plan/${year}/assessment/scheme`, input), () => t('plan.toast.schemeSaved'));
}

/** The xlsx re-import. ImportExportBar wants counts; the full change report goes to `onReport`. */
export function useImportPlan(year: number, onReport: (r: PlanImportResult) => void) {
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation<ImportResult, unknown, File>({
    mutationFn: async (file) => {
      const r = await api.upload<PlanImportResult>(planPaths.import(year), file);
      onReport(r);
      return { created: r.created.length, updated: r.updated.length };
    },
    onSuccess: () => refresh(),
    onError: (e) => !isApiError(e, 'import.invalid_rows') && notify.error(e),
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids?: number[]) => api.post('/api/notifications/read', ids ? { ids } : {}),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}
