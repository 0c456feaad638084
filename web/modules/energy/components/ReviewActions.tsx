// The steps a case's stage allows (the server lists them in `abilities.actions`): 受理, 组织评审, 起草审查意见
// (opinion and conditions), 批复 (refused without an expert opinion — the refusal shows in the modal), 退回
// (a reason), 重新申报 (with the annual energy use corrected as the return asked: the lines start as they
// stand and the conversion is recomputed), 认定不单独审查 (only offered under the threshold). Each opens a modal.
import { Alert, Button, Form, Input, Modal, Space, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewAction } from '../../../../common/energy.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useReviewAction } from '../mutations.ts';
import type { EnergyLineInput, ReviewDetail } from '../types.ts';
import { LinesEditor } from './LinesEditor.tsx';

type Values = { note?: string; opinion?: string; conditions?: string };

export function ReviewActions({ r }: { r: ReviewDetail }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<ReviewAction | null>(null);
  const [form] = Form.useForm<Values>();
  const act = useReviewAction(r.id);
  const asFiled = (): EnergyLineInput[] => r.lines.map((l) => ({ type: l.type, quantity: l.quantity, unit: l.unit }));
  const [lines, setLines] = useState<EnergyLineInput[]>(asFiled);
  if (r.abilities.actions.length === 0) return null;
  const open = (a: ReviewAction) => {
    act.reset();
    form.resetFields();
    if (a === 'draft_opinion') form.setFieldsValue({ opinion: r.opinion, conditions: r.conditions });
    if (a === 'resubmit') setLines(asFiled());
    setAction(a);
  };
  const submit = (v: Values) => {
    if (!action) return;
    act.mutate({
      action, version: r.version, note: v.note ?? '',
      ...(action === 'draft_opinion' ? { opinion: v.opinion ?? '', conditions: v.conditions ?? '' } : {}),
      ...(action === 'resubmit' ? { lines } : {}),
    }, { onSuccess: () => setAction(null) });
  };
  return (
    <>
      <Space wrap>
        {r.abilities.actions.map((a) => (
          <Button key={a} type={a === 'approve' ? 'primary' : 'default'} danger={a === 'return'} onClick={() => open(a)} data-testid={`energy-action-${a}`}>{t(`energy.action.${a}`)}</Button>
        ))}
      </Space>
      <Modal open={!!action} title={action ? t(`energy.action.${action}`) : ''} onCancel={() => setAction(null)} onOk={() => form.submit()} okText={t('energy.form.confirm')}
        width={action === 'resubmit' ? 860 : undefined}
        confirmLoading={act.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'energy-action-ok' } as ButtonProps}>
        <Form form={form} layout="vertical" onFinish={submit}>
          {action === 'draft_opinion' && (
            <>
              <Form.Item name="opinion" label={t('energy.form.opinion')} rules={[{ required: true, whitespace: true, message: t('energy.form.required') }]}>
                <Input.TextArea rows={4} maxLength={4000} data-testid="energy-action-opinion" />
              </Form.Item>
              <Form.Item name="conditions" label={t('energy.form.conditions')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
            </>
          )}
          {action === 'resubmit' && (
            <Form.Item label={t('energy.form.lines')} required extra={t('energy.form.resubmitLines')}>
              <LinesEditor value={lines} onChange={setLines} year={r.year} testId="energy-resubmit-lines" />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('energy.form.note2')} rules={action === 'return' ? [{ required: true, whitespace: true, message: t('energy.form.required') }] : []}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="energy-action-note" />
          </Form.Item>
          {act.error ? <Alert type="error" showIcon title={<ErrorMessage error={act.error} />} data-testid="energy-action-error" /> : null}
        </Form>
      </Modal>
    </>
  );
}
