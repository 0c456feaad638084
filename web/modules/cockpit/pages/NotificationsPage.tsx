// 通知中心: every notification of mine, unread or all, by kind, paged. Clicking one with a link marks it
// read and opens the link; one or all can be marked read.
import { CheckOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popconfirm, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { useNotificationPage } from '../api.ts';
import { useMarkNotificationsRead } from '../mutations.ts';
import type { NotificationItem } from '../types.ts';

const keys = ['show', 'kind', 'page', 'pageSize'] as const;

function kindLabel(t: (k: string) => string, kind: string): string {
  const k = `cockpit.kinds.${kind}`;
  const s = t(k);
  return s === k ? kind : s;
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useUrlParams(keys);
  const unread = params.show !== 'all';
  const page = positiveInt(params.page, 1);
  const pageSize = positiveInt(params.pageSize, 20, 100);
  const q = useNotificationPage({ unread, kind: params.kind, page, pageSize });
  const mark = useMarkNotificationsRead();
  const data = q.data;
  const open = (n: NotificationItem) => {
    if (!n.readAt) mark.mutate([n.id]);
    if (n.link?.startsWith('/')) void navigate(n.link);
  };
  return (
    <ModulePage
      title={t('cockpit.notifications.title')}
      testId="notifications-page"
      bar={data && t('cockpit.notifications.unreadTotal', { count: data.unread })}
      extra={
        <Popconfirm title={t('cockpit.notifications.confirmAll')} onConfirm={() => mark.mutate(undefined)} disabled={!data?.unread}>
          <Button icon={<CheckOutlined />} disabled={!data?.unread} loading={mark.isPending && !mark.variables} data-testid="notifications-read-all">
            {t('cockpit.notifications.markAllRead')}
          </Button>
        </Popconfirm>
      }
      error={q.error}
      loading={q.isPending}
      onRetry={() => void q.refetch()}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={unread ? 'unread' : 'all'}
          options={[
            { value: 'unread', label: t('cockpit.notifications.unread') },
            { value: 'all', label: t('cockpit.notifications.all') },
          ]}
          onChange={(v) => setParams({ show: v === 'all' ? 'all' : null })}
          data-testid="notifications-show"
        />
        <Select
          style={{ minWidth: 200 }}
          value={params.kind || ''}
          onChange={(v: string) => setParams({ kind: v || null })}
          options={[{ value: '', label: t('cockpit.notifications.allKinds') }, ...(data?.kinds ?? []).map((k) => ({ value: k.kind, label: `${kindLabel(t, k.kind)}（${k.count}）` }))]}
          data-testid="notifications-kind"
          aria-label={t('cockpit.notifications.kind')}
        />
      </Space>
      <List<NotificationItem>
        data-testid="notifications-list"
        loading={q.isFetching && !q.isPending}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={unread ? t('cockpit.notifications.noneUnread') : t('cockpit.notifications.none')} /> }}
        pagination={
          (data?.total ?? 0) > 0 && {
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (n) => t('common.total', { count: n }),
            onChange: (p, s) => setParams({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s }),
          }
        }
        renderItem={(n) => (
          <List.Item
            data-testid={`notice-${n.id}`}
            data-read={n.readAt ? 1 : 0}
            style={{ cursor: n.link ? 'pointer' : undefined, background: n.readAt ? undefined : '#fffbf0', paddingInline: 12 }}
            onClick={() => open(n)}
            actions={[
              !n.readAt && (
                <Button
                  key="read"
                  size="small"
                  type="link"
                  data-testid={`notice-read-${n.id}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    mark.mutate([n.id]);
                  }}
                >
                  {t('cockpit.notifications.markRead')}
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Space wrap size={8}>
                  {!n.readAt && <Badge status="error" />}
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                  <Tag>{kindLabel(t, n.kind)}</Tag>
                </Space>
              }
              description={
                <>
                  {n.body && <Typography.Paragraph style={{ margin: 0 }} type="secondary" ellipsis={{ rows: 2 }}>{n.body}</Typography.Paragraph>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <DateText value={n.createdAt} time />
                    {n.readAt && (
                      <>
                        {' · '}
                        {t('cockpit.notifications.read')}
                      </>
                    )}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </ModulePage>
  );
}
