// Audit log (审计日志): the paged, filtered event list and the hash-chain check. Audit admin only.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Role } from '../../../common/permissions.ts';
import { api } from '../../api/client.ts';
import { useNotify } from '../../components/useNotify.tsx';

export type AuditEvent = {
  seq: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  actorRole: Role | string | null;
  ip: string | null;
  action: string;
  entityType: string | null;
  entityId: string | number | null;
  result: 'success' | 'failure';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};
export type AuditList = { items: AuditEvent[]; total: number };
export type AuditQuery = {
  q?: string;
  action?: string;
  actorId?: number;
  entityType?: string;
  result?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};
export type AuditVerify = { ok: boolean; checked: number; firstBad: { seq: number; reason: string } | null };

export const auditKey = ['audit'] as const;

export function useAudit(query: AuditQuery) {
  return useQuery({
    queryKey: [...auditKey, query],
    queryFn: ({ signal }) => api.get<AuditList>('/api/audit', query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The chain check runs on demand (it reads the whole log), hence a mutation-style hook. */
export function useVerifyAudit() {
  const notify = useNotify();
  return useMutation({ mutationFn: () => api.get<AuditVerify>('/api/audit/verify'), onError: notify.error });
}
