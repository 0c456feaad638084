// Org units (组织机构): list, create, update, delete, xlsx import. Hooks own cache invalidation and toasts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgKind } from '../../../common/permissions.ts';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import type { ImportResult } from '../../components/ImportExportBar.tsx';
import { useNotify } from '../../components/useNotify.tsx';

export type OrgUnit = {
  id: number;
  code: string;
  name: string;
  kind: OrgKind;
  parentId: number | null;
  sortOrder: number;
  active: boolean;
  userCount: number;
  version: number;
  abilities: { update: boolean; delete: boolean };
};
export type OrgList = { items: OrgUnit[]; abilities: { create: boolean; import: boolean } };
export type OrgInput = { code: string; name: string; kind: OrgKind; parentId?: number | null; sortOrder?: number };
export type OrgPatch = Partial<OrgInput> & { active?: boolean };

export const orgsKey = ['orgs'] as const;
const usersKey = ['users'] as const; // user rows carry orgName

export const orgPaths = { export: '/api/orgs/export', template: '/api/orgs/template' };

export function useOrgs() {
  return useQuery({ queryKey: orgsKey, queryFn: ({ signal }) => api.get<OrgList>('/api/orgs', undefined, signal), staleTime: 60_000 });
}

function useStaleAware() {
  const client = useQueryClient();
  const notify = useNotify();
  return (e: unknown) => {
    notify.error(e);
    if (isApiError(e, 'record.stale') || isApiError(e, 'record.not_found')) void client.invalidateQueries({ queryKey: orgsKey });
  };
}

export function useCreateOrg() {
  const client = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (input: OrgInput) => api.post<OrgUnit>('/api/orgs', input),
    onSuccess: (org) => {
      notify.success(t('orgs.created', { name: org.name }));
      return client.invalidateQueries({ queryKey: orgsKey });
    },
    onError: notify.error,
  });
}

export function useUpdateOrg() {
  const client = useQueryClient();
  const notify = useNotify();
  const onError = useStaleAware();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: number; version: number; patch: OrgPatch }) =>
      api.patch<OrgUnit>(`/api/orgs/${id}`, { version, ...patch }),
    onSuccess: (org) => {
      notify.success(t('orgs.updated', { name: org.name }));
      void client.invalidateQueries({ queryKey: usersKey });
      return client.invalidateQueries({ queryKey: orgsKey });
    },
    onError,
  });
}

export function useDeleteOrg() {
  const client = useQueryClient();
  const notify = useNotify();
  const onError = useStaleAware();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (org: Pick<OrgUnit, 'id' | 'version' | 'name'>) => api.del(`/api/orgs/${org.id}`, { version: org.version }),
    onSuccess: (_, org) => {
      notify.success(t('orgs.deleted', { name: org.name }));
      return client.invalidateQueries({ queryKey: orgsKey });
    },
    onError,
  });
}

export function useImportOrgs() {
  const client = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (file: File) => api.upload<ImportResult>('/api/orgs/import', file),
    onSuccess: (r) => {
      notify.success(t('import.done', { created: r.created, updated: r.updated }));
      void client.invalidateQueries({ queryKey: usersKey });
      return client.invalidateQueries({ queryKey: orgsKey });
    },
    onError: (e) => !isApiError(e, 'import.invalid_rows') && notify.error(e),
  });
}
