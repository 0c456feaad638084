// Users (用户管理): paged list, create, update, reset password, unlock, xlsx import.
// Hooks own cache invalidation and toasts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../common/permissions.ts';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import type { ImportResult } from '../../components/ImportExportBar.tsx';
import { useNotify } from '../../components/useNotify.tsx';

export type User = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number | null;
  orgName: string | null;
  phoneMasked: string | null;
  email: string | null;
  active: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  version: number;
  abilities: { update: boolean; resetPassword: boolean; unlock: boolean };
};
export type UserList = { items: User[]; total: number; abilities: { create: boolean; import: boolean } };
export type UserQuery = { q?: string; role?: string; orgId?: number; page: number; pageSize: number };
export type UserInput = { username: string; displayName: string; role: Role; orgId?: number | null; phone?: string; email?: string; password: string };
export type UserPatch = { displayName?: string; role?: Role; orgId?: number | null; phone?: string; email?: string | null; active?: boolean };

export const usersKey = ['users'] as const;
const orgsKey = ['orgs'] as const; // org rows carry userCount

export const userPaths = { export: '/api/users/export', template: '/api/users/template' };

export function isLocked(u: Pick<User, 'lockedUntil'>, now = Date.now()): boolean {
  return !!u.lockedUntil && new Date(u.lockedUntil).getTime() > now;
}

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: [...usersKey, query],
    queryFn: ({ signal }) => api.get<UserList>('/api/users', query, signal),
    placeholderData: keepPreviousData,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: orgsKey });
    return client.invalidateQueries({ queryKey: usersKey });
  };
}

function useOnError() {
  const notify = useNotify();
  const client = useQueryClient();
  return (e: unknown) => {
    notify.error(e);
    if (isApiError(e, 'record.stale') || isApiError(e, 'record.not_found')) void client.invalidateQueries({ queryKey: usersKey });
  };
}

export function useCreateUser() {
  const notify = useNotify();
  const invalidate = useInvalidate();
  const onError = useOnError();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (input: UserInput) => api.post<User>('/api/users', input),
    onSuccess: (u) => {
      notify.success(t('users.created', { name: u.displayName }));
      return invalidate();
    },
    onError,
  });
}

export function useUpdateUser() {
  const notify = useNotify();
  const invalidate = useInvalidate();
  const onError = useOnError();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: number; version: number; patch: UserPatch }) =>
      api.patch<User>(`/api/users/${id}`, { version, ...patch }),
    onSuccess: (u) => {
      notify.success(t('users.updated', { name: u.displayName }));
      return invalidate();
    },
    onError,
  });
}

export function useResetPassword() {
  const notify = useNotify();
  const invalidate = useInvalidate();
  const onError = useOnError();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ user, password }: { user: User; password: string }) => api.post(`/api/users/${user.id}/reset-password`, { password }),
    onSuccess: (_, { user }) => {
      notify.success(t('users.passwordReset', { name: user.displayName }));
      return invalidate();
    },
    onError,
  });
}

export function useUnlockUser() {
  const notify = useNotify();
  const invalidate = useInvalidate();
  const onError = useOnError();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (user: User) => api.post(`/api/users/${user.id}/unlock`),
    onSuccess: (_, user) => {
      notify.success(t('users.unlocked', { name: user.displayName }));
      return invalidate();
    },
    onError,
  });
}

export function useImportUsers() {
  const notify = useNotify();
  const invalidate = useInvalidate();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (file: File) => api.upload<ImportResult>('/api/users/import', file),
    onSuccess: (r) => {
      notify.success(t('import.done', { created: r.created, updated: r.updated }));
      return invalidate();
    },
    onError: (e) => !isApiError(e, 'import.invalid_rows') && notify.error(e),
  });
}
