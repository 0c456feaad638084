// The actions on a problem as its abilities allow: resolve, escalate (naming the receiving body), cancel
// while it is open; reopen once closed. Each needs a note. The server's refusal — e.g. action items not yet
// verified done (销号) — shows in the dialog and on the page, not only as a toast.
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useProblemAction } from '../../mutations.ts';
import type { ProblemActionInput, ProblemDetail } from '../../types.ts';

type Action = ProblemActionInput['action'];
const openStatuses = ['open', 'scheduled', 'decided', 'escalated'];

export function ProblemActions({ problem, onRefused }: { problem: ProblemDetail; onRefused: (e: unknown) => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  if (!problem.abilities.act) return null;
  const open = openStatuses.includes(problem.status);
  const actions: Action[] = open ? ['resolve', 'escalate', 'cancel'] : ['reopen'];
  return (
    <Space wrap>
      {actions.map((a) => (
        <Button key={a} type={a === 'resolve' ? 'primary' : 'default'} danger={a === 'cancel'} onClick={() => setAction(a)} data-testid={`problem-action-${a}`}>
          {t(`proj.problem.actions.${a}`)}
        </Button>
      ))}
      <ActionModal problem={problem} action={action} onClose={() => setAction(null)} onRefused={onRefused} />
    </Space>
  );
}

function ActionModal({ problem, action, onClose, onRefused }: { problem: ProblemDetail; action: Action | null; onClose: () => void; onRefused: (e: unknown) => void }) {
  const { t } = useTranslation();
  const act = useProblemAction(problem.id);
  const [form] = Form.useForm<{ note: string; escalatedTo?: string }>();
  const [error, setError] = useState<unknown>(null);
  const close = () => (setError(null), form.resetFields(), onClose());
  return (
    <Modal
      open={action !== null}
      title={action ? t(`proj.problem.actions.${action}`) : ''}
      onCancel={close}
      onOk={() => form.submit()}
      okText={action ? t(`proj.problem.actions.${action}`) : undefined}
      okButtonProps={{ danger: action === 'cancel', 'data-testid': 'problem-action-submit' }}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} data-testid="problem-action-error" />}
      {action && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => {
            setError(null);
            act.mutate(
              { action, note: v.note.trim(), escalatedTo: action === 'escalate' ? v.escalatedTo?.trim() : undefined, version: problem.version },
              {
                onSuccess: close,
                onError: (e) => {
                  setError(e);
                  if (isApiError(e, 'problem.open_action_items') || isApiError(e, 'problem.bad_transition')) onRefused(e);
                },
              },
            );
          }}
        >
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(`proj.problem.actionHelp.${action}`)} />
          {action === 'escalate' && (
            <Form.Item name="escalatedTo" label={t('proj.problem.escalatedTo')} extra={t('proj.problem.escalatedToHelp')} rules={[{ required: true, whitespace: true, message: t('proj.form.required') }, { max: 100 }]}>
              <Input maxLength={100} data-testid="problem-action-body" />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('proj.problem.note')} rules={[{ required: true, whitespace: true, message: t('proj.form.required') }, { max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} data-testid="problem-action-note" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
