// The org tree as an expandable table; row actions follow each record's abilities.
import { DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { orgKindLabels } from '../../../../common/permissions.ts';
import { useShortLang } from '../../../i18n/index.ts';
import type { OrgUnit } from '../api.ts';
import type { OrgNode } from '../tree.ts';

type Props = {
  data: OrgNode[];
  loading: boolean;
  canCreate: boolean;
  expanded: number[];
  onExpand: (keys: number[]) => void;
  onOpen: (org: OrgUnit) => void;
  onAddChild: (org: OrgUnit) => void;
  onDelete: (org: OrgUnit) => void;
  deletingId: number | null;
};

export function OrgTable({ data, loading, canCreate, expanded, onExpand, onOpen, onAddChild, onDelete, deletingId }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const columns: TableColumnsType<OrgNode> = [
    {
      title: t('orgs.name'),
      dataIndex: 'name',
      render: (name: string, o) => (
        <a onClick={() => onOpen(o)} data-testid={`org-row-${o.code}`}>
          {name}
        </a>
      ),
    },
    { title: t('orgs.code'), dataIndex: 'code', width: 130, responsive: ['sm'] },
    { title: t('orgs.kind'), dataIndex: 'kind', width: 120, responsive: ['md'], render: (k: OrgUnit['kind']) => orgKindLabels[k]?.[lang] ?? k },
    { title: t('orgs.userCount'), dataIndex: 'userCount', width: 90, align: 'right', responsive: ['md'] },
    {
      title: t('orgs.status'),
      dataIndex: 'active',
      width: 90,
      responsive: ['sm'],
      render: (active: boolean) => (active ? <Tag color="success">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_, o) => (
        <Space size={0}>
          <Tooltip title={o.abilities.update ? t('common.edit') : t('common.view')}>
            <Button type="link" size="small" icon={o.abilities.update ? <EditOutlined /> : <EyeOutlined />} onClick={() => onOpen(o)} aria-label={t('common.edit')} />
          </Tooltip>
          {canCreate && (
            <Tooltip title={t('orgs.addChild')}>
              <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => onAddChild(o)} aria-label={t('orgs.addChild')} data-testid={`org-add-child-${o.code}`} />
            </Tooltip>
          )}
          {o.abilities.delete && (
            <Popconfirm title={t('orgs.confirmDelete', { name: o.name })} okButtonProps={{ danger: true }} onConfirm={() => onDelete(o)}>
              <Button type="link" size="small" danger icon={<DeleteOutlined />} loading={deletingId === o.id} aria-label={t('common.delete')} data-testid={`org-delete-${o.code}`} />
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<OrgNode>
      data-testid="org-tree"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: (keys) => onExpand(keys as number[]) }}
      onRow={(o) => ({ 'data-org-id': o.id }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
