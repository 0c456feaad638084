// 销号: the task's close requests with their evidence and decision. The lead unit requests; a
// reviewer approves (the task turns blue) or rejects with a reason.
import { CheckOutlined, CloseOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Modal, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client.ts';
import { DateText } from '../../../../components/DateText.tsx';
import { useNotify } from '../../../../components/useNotify.tsx';
import { planPaths } from '../../api.ts';
import { useDecideClose } from '../../mutations.ts';
import type { CloseRequest, TaskDetail } from '../../types.ts';
import { CloseRequestModal } from './CloseRequestModal.tsx';

const stateColors: Record<CloseRequest['state'], string> = { requested: 'processing', approved: 'blue', rejected: 'error' };

export function CloseCard({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const decide = useDecideClose(task.id);
  const [requesting, setRequesting] = useState(false);
  const [rejecting, setRejecting] = useState<CloseRequest | null>(null);
  const [reason, setReason] = useState('');
  const pending = task.closeRequests.find((c) => c.state === 'requested');
  const canRequest = task.abilities.report && task.state === 'active' && !pending;
  const download = (id: number) => api.download(planPaths.attachment(id), `attachment-${id}`).catch(notify.error);
  return (
    <Card
      size="small"
      title={t('plan.close.title')}
      style={{ height: '100%' }}
      data-testid="close-card"
      extra={
        canRequest && (
          <Button size="small" onClick={() => setRequesting(true)} data-testid="close-request-open">
            {t('plan.close.request')}
          </Button>
        )
      }
    >
      {task.closeRequests.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.close.none')} />}
      {task.closeRequests.map((c) => (
        <div key={c.id} style={{ borderBottom: '1px solid #f0f0f0', padding: '6px 0' }} data-testid={`close-request-${c.id}`} data-state={c.state}>
          <Flex wrap gap={6} align="center">
            <Tag color={stateColors[c.state]}>{t(`plan.close.states.${c.state}`)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <DateText value={c.requestedAt} time />
            </Typography.Text>
          </Flex>
          <div style={{ marginTop: 4, whiteSpace: 'pre-wrap' }}>{c.evidence}</div>
          {c.attachmentIds.length > 0 && (
            <Flex wrap gap={8}>
              {c.attachmentIds.map((id) => (
                <a key={id} onClick={() => void download(id)}>
                  <PaperClipOutlined /> {t('plan.close.attachmentN', { id })}
                </a>
              ))}
            </Flex>
          )}
          {c.reason && <Typography.Text type={c.state === 'rejected' ? 'danger' : 'secondary'}>{t('plan.close.reasonLabel', { reason: c.reason })}</Typography.Text>}
          {c.state === 'requested' && task.abilities.review && (
            <Flex gap={8} style={{ marginTop: 6 }}>
              <Popconfirm title={t('plan.close.confirmApprove')} onConfirm={() => decide.mutate({ action: 'approve', version: c.version })}>
                <Button size="small" type="primary" icon={<CheckOutlined />} loading={decide.isPending} data-testid="close-approve">
                  {t('plan.close.approve')}
                </Button>
              </Popconfirm>
              <Button size="small" danger icon={<CloseOutlined />} onClick={() => setRejecting(c)} data-testid="close-reject">
                {t('plan.close.reject')}
              </Button>
            </Flex>
          )}
        </div>
      ))}
      <CloseRequestModal taskId={task.id} open={requesting} onClose={() => setRequesting(false)} />
      <Modal
        open={!!rejecting}
        title={t('plan.close.rejectTitle')}
        onCancel={() => setRejecting(null)}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        okText={t('plan.close.reject')}
        confirmLoading={decide.isPending}
        onOk={() =>
          rejecting &&
          decide.mutate(
            { action: 'reject', reason: reason.trim(), version: rejecting.version },
            {
              onSuccess: () => {
                setRejecting(null);
                setReason('');
              },
            },
          )
        }
        destroyOnHidden
      >
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 3 }} maxLength={500} placeholder={t('plan.review.reasonPlaceholder')} data-testid="close-reject-reason" />
      </Modal>
    </Card>
  );
}
