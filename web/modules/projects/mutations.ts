// Projects writes: the library (create, edit, import), milestone dates, monthly investment reports and
// their review, problems and their actions, meetings, minutes and opinions, funding and research centres.
// Each hook owns its toast and refreshes every 'proj' query; minutes also refresh the work plan, whose
// tasks the decisions become. Codes a form shows in place are left to the caller.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNotify } from '../../components/useNotify.tsx';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import type { ImportResult } from '../../components/ImportExportBar.tsx';
import { moduleWrite } from '../../components/moduleWrite.ts';
import { planKey } from '../workplan/api.ts';
import { projKey, projPaths } from './api.ts';
import type {
  CentreInput, FundingInput, InvestmentReport, InvestmentReportInput, MeetingDetail, MeetingInput, MinutesInput, ProblemActionInput, ProblemDetail, ProblemInput, ProjectDetail, ProjectInput, ProjectUpdate,
} from './types.ts';

/** Codes a form shows beside its fields rather than as a toast. */
export const inPlaceCodes = [
  'request.invalid', 'record.stale', 'proj.code_taken', 'proj.unit_not_found', 'proj.milestones_out_of_order', 'proj.components_mismatch', 'proj.cumulative_exceeds_total',
  'proj.not_started_explanation', 'proj.report_locked', 'proj.period_outside_year', 'proj.period_not_ended', 'proj.granted_stage', 'problem.open_action_items',
  'problem.escalation_body_required', 'problem.bad_transition', 'problem.ref_not_found', 'meeting.deadline_before_meeting', 'meeting.problem_closed', 'meeting.already_held',
  'meeting.problem_not_on_agenda', 'meeting.plan_year_missing', 'meeting.not_invited',
];

const write = moduleWrite(projKey, inPlaceCodes);
/** `alsoPlan`: the write also moves work-plan tasks (meeting decisions, problem resolution). */
function useWrite<V, R>(fn: (v: V) => Promise<R>, success: (r: R, v: V) => string | null, alsoPlan = false) {
  return write(fn, success, alsoPlan ? [planKey] : []);
}

export function useSaveProject() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, input }: { id: number | null; input: ProjectInput | ProjectUpdate }) =>
      id === null ? api.post<ProjectDetail>('/api/projects', input) : api.patch<ProjectDetail>(`/api/projects/item/${id}`, input),
    (r, v) => t(v.id === null ? 'proj.toast.created' : 'proj.toast.saved', { name: r.name }),
  );
}

export function useRecordMilestone(projectId: number) {
  const { t } = useTranslation();
  return useWrite(
    ({ step, actualDate, docNo }: { step: string; actualDate: string | null; docNo: string }) => api.put<ProjectDetail>(`/api/projects/item/${projectId}/milestones/${encodeURIComponent(step)}`, { actualDate, docNo }),
    (_, v) => t('proj.toast.milestone', { step: v.step }),
  );
}

export function useSaveInvestment(projectId: number) {
  const { t } = useTranslation();
  return useWrite(
    ({ period, body }: { period: string; body: InvestmentReportInput }) => api.put<InvestmentReport>(`/api/projects/item/${projectId}/reports/${period}`, body),
    (_, v) => t(v.body.submit ? 'proj.toast.reportSubmitted' : 'proj.toast.reportSaved'),
  );
}

export function useReviewInvestment() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, action, reason, version }: { id: number; action: 'approve' | 'return'; reason?: string; version: number }) => api.post<InvestmentReport>(`/api/projects/reports/${id}/review`, { action, reason, version }),
    (_, v) => t(v.action === 'approve' ? 'proj.toast.reportApproved' : 'proj.toast.reportReturned'),
  );
}

export function useImportProjects() {
  const notify = useNotify();
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation<ImportResult, unknown, File>({
    mutationFn: (file) => api.upload<ImportResult>(projPaths.import, file),
    onSuccess: (r) => {
      notify.success(t('import.done', { created: r.created, updated: r.updated }));
      return client.invalidateQueries({ queryKey: projKey });
    },
    onError: (e) => !isApiError(e, 'import.invalid_rows') && notify.error(e),
  });
}

export function useRaiseProblem() {
  const { t } = useTranslation();
  return useWrite((input: ProblemInput) => api.post<ProblemDetail>('/api/problems', input), (r) => t('proj.toast.problemRaised', { title: r.title }));
}

export function useProblemAction(id: number) {
  const { t } = useTranslation();
  return useWrite((input: ProblemActionInput) => api.post<ProblemDetail>(`/api/problems/${id}/action`, input), (_, v) => t(`proj.toast.problem.${v.action}`));
}

export function useCreateMeeting() {
  const { t } = useTranslation();
  return useWrite((input: MeetingInput) => api.post<MeetingDetail>('/api/meetings', input), (r) => t('proj.toast.meetingCreated', { title: r.title }));
}

export function useRecordMinutes(id: number) {
  const { t } = useTranslation();
  return useWrite((input: MinutesInput) => api.post<MeetingDetail>(`/api/meetings/${id}/minutes`, input), (r) => t('proj.toast.minutes', { count: r.decisions.length }), true);
}

export function useSubmitOpinion(id: number) {
  const { t } = useTranslation();
  return useWrite((opinion: string) => api.put<MeetingDetail>(`/api/meetings/${id}/opinion`, { opinion }), () => t('proj.toast.opinion'));
}

export function useSaveFunding() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, input }: { id: number | null; input: FundingInput }) => (id === null ? api.post<{ id: number }>('/api/projects/funding', input) : api.put<{ id: number }>(`/api/projects/funding/${id}`, input)),
    () => t('proj.toast.fundingSaved'),
  );
}

export function useSaveCentre() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, input }: { id: number | null; input: CentreInput }) => (id === null ? api.post<{ id: number }>('/api/research-centres', input) : api.put<{ id: number }>(`/api/research-centres/${id}`, input)),
    () => t('proj.toast.centreSaved'),
  );
}

export function useReviewCentre() {
  const { t } = useTranslation();
  return useWrite(
    ({ id, body }: { id: number; body: { reviewedOn: string; status: string; readiness: number; note: string; version: number } }) => api.post<{ id: number }>(`/api/research-centres/${id}/review`, body),
    () => t('proj.toast.centreReviewed'),
  );
}
