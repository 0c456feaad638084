// 我的工作 on the home page: what is due from me and what waits for my review, each row a link to the
// page with those records, with its count and the earliest deadline; and my unread notifications.
import { BellOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useMyWork } from '../api.ts';
import type { WorkItem } from '../types.ts';
import { useBilingual } from './bilingual.ts';
import { FailedNotice } from './FailedNotice.tsx';
import { moduleName } from './TileGrid.tsx';
import '../cockpit.css';

function WorkRows({ items, testId }: { items: WorkItem[]; testId: string }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  if (items.length === 0)
    return (
      <Typography.Text type="secondary" data-testid={`${testId}-empty`}>
        <CheckCircleOutlined style={{ color: '#52c41a', marginInlineEnd: 6 }} />
        {t('cockpit.myWork.nothing')}
      </Typography.Text>
    );
  return (
    <Flex vertical gap={8} data-testid={testId}>
      {items.map((i) => (
        <Link key={i.key} to={i.href} className="mw-row" data-testid={`work-${i.key.replace(/\./g, '-')}`} data-count={i.count}>
          <span>
            <Typography.Text strong>{pick(i.label)}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {moduleName(t, i.module)}
              {i.dueDate && (
                <>
                  {' · '}
                  {t('cockpit.myWork.earliest', { date: '' })}
                  <DateText value={i.dueDate} />
                </>
              )}
            </Typography.Text>
          </span>
          <span className="mw-count">{i.count}</span>
        </Link>
      ))}
    </Flex>
  );
}

export function MyWorkCard() {
  const { t } = useTranslation();
  const q = useMyWork();
  const w = q.data;
  const unread = w?.unreadNotifications ?? 0;
  return (
    <Card
      title={t('cockpit.myWork.title')}
      data-testid="my-work"
      extra={
        <Link to="/notifications" data-testid="my-work-unread" data-unread={unread}>
          <BellOutlined style={{ marginInlineEnd: 6 }} />
          <span>{unread > 0 ? t('cockpit.myWork.unreadCount', { count: unread }) : t('cockpit.myWork.openNotifications')}</span>
        </Link>
      }
    >
      {q.error ? (
        <Alert type="error" showIcon title={<ErrorMessage error={q.error} />} />
      ) : !w ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <>
          <FailedNotice failed={w.failed} textKey="cockpit.myWork.failed" />
          {w.due.length === 0 && w.review.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cockpit.myWork.nothing')} data-testid="my-work-nothing" />
          ) : (
            <Row gutter={[16, 16]}>
              <Col xs={24} md={12}>
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {t('cockpit.myWork.due')}
                </Typography.Title>
                <WorkRows items={w.due} testId="my-work-due" />
              </Col>
              <Col xs={24} md={12}>
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {t('cockpit.myWork.review')}
                </Typography.Title>
                <WorkRows items={w.review} testId="my-work-review" />
              </Col>
            </Row>
          )}
        </>
      )}
    </Card>
  );
}
