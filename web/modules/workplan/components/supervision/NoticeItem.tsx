// One supervision notice (督办通知单): level, what triggered it, reason and requirement, reply date
// (red when overdue), the unit's reply — and the reply form when the reader may answer.
import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../../components/DateText.tsx';
import type { Notice } from '../../types.ts';
import { LevelTag } from '../status.tsx';
import { ReplyForm } from './ReplyForm.tsx';

const stateColors: Record<Notice['state'], string> = { open: 'processing', replied: 'success', escalated: 'warning', closed: 'default' };

export function NoticeStateTag({ notice }: { notice: Pick<Notice, 'state' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={stateColors[notice.state]}>{t(`plan.supervision.states.${notice.state}`)}</Tag>
      {notice.overdue && <Tag color="red">{t('plan.supervision.overdue')}</Tag>}
    </>
  );
}

export function NoticeItem({ notice, canReply, heading }: { notice: Notice; canReply: boolean; heading?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      style={{ border: `1px solid ${notice.overdue ? '#ffa39e' : '#f0f0f0'}`, background: notice.overdue ? '#fff1f0' : '#fff', borderRadius: 6, padding: 10, marginBottom: 8 }}
      data-testid={`notice-${notice.id}`}
      data-state={notice.state}
    >
      {heading}
      <Flex wrap gap={6} align="center" style={{ marginBottom: 4 }}>
        <LevelTag level={notice.level} />
        <NoticeStateTag notice={notice} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`plan.supervision.triggers.${notice.trigger}`)} · <DateText value={notice.issuedAt} time />
        </Typography.Text>
      </Flex>
      <div>
        <Typography.Text type="secondary">{t('plan.supervision.reason')}{t('common.punct.colon')}</Typography.Text>
        {notice.reason}
      </div>
      <div>
        <Typography.Text type="secondary">{t('plan.supervision.requirement')}{t('common.punct.colon')}</Typography.Text>
        {notice.requirement}
      </div>
      <div style={{ color: notice.overdue ? '#f5222d' : undefined }}>
        <Typography.Text type="secondary">{t('plan.supervision.replyDue')}{t('common.punct.colon')}</Typography.Text>
        <DateText value={notice.replyDue} />
      </div>
      {notice.reply && (
        <div style={{ marginTop: 6, padding: 8, background: '#f6ffed', borderRadius: 4 }}>
          <Typography.Text type="secondary">
            {t('plan.supervision.replyLabel')}
            {t('common.punct.open')}
            <DateText value={notice.repliedAt} time />
            {t('common.punct.close')}
            {t('common.punct.colon')}
          </Typography.Text>
          {notice.reply}
        </div>
      )}
      {canReply && notice.state === 'open' && <ReplyForm notice={notice} />}
    </div>
  );
}
