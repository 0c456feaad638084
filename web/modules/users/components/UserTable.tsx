// The user list, paged on the server; row actions follow each record's abilities.
import { EditOutlined, KeyOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleLabels } from '../../../../common/permissions.ts';
import { DateText } from '../../../components/DateText.tsx';
import { useShortLang } from '../../../i18n/index.ts';
import { isLocked, type User } from '../api.ts';
import { UserStatus } from './UserStatus.tsx';

/** Whether a row shows any action button (a security admin's rows have one only while locked). */
const hasAction = (u: User) => u.abilities.update || u.abilities.resetPassword || (u.abilities.unlock && isLocked(u));

type Props = {
  items: User[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  onEdit: (u: User) => void;
  onResetPassword: (u: User) => void;
  onUnlock: (u: User) => void;
  unlockingId: number | null;
};

export function UserTable({ items, total, page, pageSize, loading, onPage, onEdit, onResetPassword, onUnlock, unlockingId }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const allColumns: TableColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username', width: 110 },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 100 },
    { title: t('users.role'), dataIndex: 'role', width: 120, responsive: ['sm'], render: (r: User['role']) => roleLabels[r]?.[lang] ?? r },
    { title: t('users.org'), dataIndex: 'orgName', responsive: ['md'], render: (v: string | null) => v ?? '—' },
    { title: t('users.phone'), dataIndex: 'phoneMasked', width: 120, responsive: ['lg'], render: (v: string | null) => v ?? '—' },
    { title: t('users.status'), key: 'status', width: 180, render: (_, u) => <UserStatus user={u} /> },
    { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', width: 180, responsive: ['lg'], render: (v: string | null) => <DateText value={v} time /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, u) => (
        <Space size={0}>
          {u.abilities.update && (
            <Tooltip title={t('common.edit')}>
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(u)} aria-label={t('common.edit')} data-testid={`user-edit-${u.username}`} />
            </Tooltip>
          )}
          {u.abilities.resetPassword && (
            <Tooltip title={t('users.resetPassword')}>
              <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => onResetPassword(u)} aria-label={t('users.resetPassword')} data-testid={`user-reset-${u.username}`} />
            </Tooltip>
          )}
          {u.abilities.unlock && isLocked(u) && (
            <Popconfirm title={t('users.confirmUnlock', { name: u.displayName })} onConfirm={() => onUnlock(u)}>
              <Tooltip title={t('users.unlock')}>
                <Button type="link" size="small" icon={<UnlockOutlined />} loading={unlockingId === u.id} aria-label={t('users.unlock')} data-testid={`user-unlock-${u.username}`} />
              </Tooltip>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  // No empty, fixed Actions column when nothing on the page can be acted on (it would cover Status on a phone).
  const columns = items.some(hasAction) ? allColumns : allColumns.filter((c) => c.key !== 'actions');
  return (
    <Table<User>
      data-testid="user-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (n) => t('common.total', { count: n }),
        onChange: onPage,
      }}
    />
  );
}
