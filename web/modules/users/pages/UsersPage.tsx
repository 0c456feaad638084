// 用户管理: server-paged user list with filters in the URL, create / edit, reset password, unlock,
// xlsx import / export / template.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../common/limits.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { ImportExportBar } from '../../../components/ImportExportBar.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { userPaths, useImportUsers, useUnlockUser, useUsers, type User } from '../api.ts';
import { ResetPasswordModal } from '../components/ResetPasswordModal.tsx';
import { UserDrawer, type UserDrawerState } from '../components/UserDrawer.tsx';
import { UserFilters } from '../components/UserFilters.tsx';
import { UserTable } from '../components/UserTable.tsx';

const urlKeys = ['q', 'role', 'orgId', 'page', 'pageSize'] as const;

export function UsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useUrlParams(urlKeys);
  const page = positiveInt(params.page, 1);
  const pageSize = positiveInt(params.pageSize, 20, limits.pageSizeMax);
  const orgId = positiveInt(params.orgId, 0);
  const users = useUsers({ q: params.q || undefined, role: params.role || undefined, orgId: orgId || undefined, page, pageSize });
  const unlock = useUnlockUser();
  const importUsers = useImportUsers();
  const [drawer, setDrawer] = useState<UserDrawerState>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const abilities = users.data?.abilities ?? { create: false, import: false };

  return (
    <div className="tc-page">
      <PageHeader
        title={t('users.title')}
        extra={
          <>
            {abilities.create && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ mode: 'create' })} data-testid="user-create">
                {t('users.create')}
              </Button>
            )}
            <ImportExportBar
              canImport={abilities.import}
              importMutation={importUsers}
              exportPath={userPaths.export}
              templatePath={userPaths.template}
              fileBase={t('users.fileBase')}
              testIdPrefix="user"
            />
          </>
        }
      />
      <UserFilters values={params} onChange={setParams} />
      {users.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={<ErrorMessage error={users.error} />}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void users.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      <UserTable
        items={users.data?.items ?? []}
        total={users.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={users.isFetching}
        onPage={(p, s) => setParams({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s })}
        onEdit={(user) => setDrawer({ mode: 'edit', user })}
        onResetPassword={setResetting}
        onUnlock={(u) => unlock.mutate(u)}
        unlockingId={unlock.isPending ? (unlock.variables?.id ?? null) : null}
      />
      <UserDrawer state={drawer} onClose={() => setDrawer(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </div>
  );
}
