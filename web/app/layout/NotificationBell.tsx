// The bell in the header: unread notifications (polled every minute); clicking one marks it read
// and opens its link (a task page, mostly).
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DateText } from '../../components/DateText.tsx';
import { useNotifications } from '../../modules/workplan/api.ts';
import { useMarkRead } from '../../modules/workplan/mutations.ts';
import type { Notification } from '../../modules/workplan/types.ts';

export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const list = useNotifications();
  const markRead = useMarkRead();
  const items = list.data?.items ?? [];
  const unread = list.data?.unread ?? 0;
  const openItem = (n: Notification) => {
    markRead.mutate([n.id]);
    setOpen(false);
    if (n.link?.startsWith('/')) void navigate(n.link);
  };
  const content = (
    <div style={{ width: 'min(340px, 86vw)' }} data-testid="notification-list">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.none')} />
      ) : (
        <div style={{ maxHeight: 380, overflow: 'auto' }}>
          {items.slice(0, 30).map((n) => (
            <div
              key={n.id}
              role="button"
              tabIndex={0}
              onClick={() => openItem(n)}
              onKeyDown={(e) => e.key === 'Enter' && openItem(n)}
              style={{ padding: '8px 6px', borderBottom: '1px solid #f0f0f0', cursor: 'pointer' }}
              data-testid={`notification-${n.id}`}
            >
              <Typography.Text strong style={{ display: 'block' }}>
                {n.title}
              </Typography.Text>
              {n.body && (
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12 }}>
                  {n.body}
                </Typography.Paragraph>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <DateText value={n.createdAt} time />
              </Typography.Text>
            </div>
          ))}
        </div>
      )}
      <div style={{ borderTop: '1px solid #f0f0f0', paddingTop: 6, textAlign: 'center' }}>
        <Button
          type="link"
          size="small"
          data-testid="notification-view-all"
          onClick={() => {
            setOpen(false);
            void navigate('/notifications');
          }}
        >
          {t('cockpit.notifications.viewAll')}
        </Button>
      </div>
    </div>
  );
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <Flex justify="space-between" align="center">
          <span>{t('notifications.title')}</span>
          {unread > 0 && (
            <Button type="link" size="small" onClick={() => markRead.mutate(undefined)} data-testid="notification-read-all">
              {t('notifications.readAll')}
            </Button>
          )}
        </Flex>
      }
      content={content}
    >
      <Badge count={unread} size="small" offset={[-4, 4]} overflowCount={99}>
        <Button type="text" icon={<BellOutlined style={{ fontSize: 18 }} />} aria-label={t('notifications.title')} data-testid="notification-bell" data-unread={unread} />
      </Badge>
    </Popover>
  );
}
