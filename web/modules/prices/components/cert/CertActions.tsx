// The next steps of a certification case by its stage: received → 受理 or 不予受理; accepted → 调查;
// investigating → 测算; calculating → 审核; reviewing → 出具结论 (method and value in 元); concluded → 送达;
// 终止 before the conclusion. Each asks for a note in a modal; refusals show in the modal.
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useCaseAction } from '../../mutations.ts';
import type { CertAction, CertCase, CertStage } from '../../types.ts';

export const certMethods = ['市场法', '成本法', '收益法', '专家咨询'] as const;

const nextSteps: Partial<Record<CertStage, CertAction[]>> = {
  received: ['accept', 'reject'], accepted: ['investigate'], investigating: ['calculate'], calculating: ['review'], reviewing: ['conclude'], concluded: ['deliver'],
};
const terminable: CertStage[] = ['received', 'accepted', 'investigating', 'calculating', 'reviewing'];

export function certActionsOf(stage: CertStage): CertAction[] {
  return [...(nextSteps[stage] ?? []), ...(terminable.includes(stage) ? (['terminate'] as const) : [])];
}

type Values = { note?: string; method?: string; resultYuan?: number };

export function CertActions({ c }: { c: CertCase }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<CertAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<Values>();
  const act = useCaseAction(c.id);
  const actions = certActionsOf(c.stage);
  if (actions.length === 0) return null;
  const open = (a: CertAction) => {
    setError(null);
    form.resetFields();
    setAction(a);
  };
  const submit = (v: Values) => {
    if (!action) return;
    setError(null);
    const body = { action, note: (v.note ?? '').trim(), version: c.version, ...(action === 'conclude' ? { method: v.method, resultYuan: v.resultYuan } : {}) };
    act.mutate(body, {
      onSuccess: () => setAction(null),
      onError: (err) => {
        setError(err);
        if (isApiError(err, 'record.stale') || isApiError(err, 'cert.bad_transition') || isApiError(err, 'cert.delivered_locked')) setAction(null);
      },
    });
  };
  const danger = (a: CertAction) => a === 'reject' || a === 'terminate';
  return (
    <>
      <Space wrap data-testid="cert-actions">
        {actions.map((a, i) => (
          <Button key={a} type={i === 0 && !danger(a) ? 'primary' : 'default'} danger={danger(a)} onClick={() => open(a)} data-testid={`cert-action-${a}`}>
            {t(`price.action.${a}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={action !== null}
        title={action && t(`price.action.${action}`)}
        okText={t('price.cases.ok')}
        cancelText={t('price.cases.cancel')}
        okButtonProps={{ danger: !!action && danger(action), loading: act.isPending, 'data-testid': 'cert-action-ok' } as ButtonProps}
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
        data-testid="cert-action-modal"
      >
        {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} data-testid="cert-action-error" />}
        <Form<Values> form={form} layout="vertical" onFinish={submit}>
          {action === 'conclude' && (
            <>
              <Form.Item name="method" label={t('price.cases.method')} rules={[{ required: true, message: t('price.cases.required') }]}>
                <Select options={certMethods.map((m) => ({ value: m, label: m }))} data-testid="cert-action-method" />
              </Form.Item>
              <Form.Item name="resultYuan" label={t('price.cases.resultYuan')} rules={[{ required: true, message: t('price.cases.required') }]}>
                <InputNumber min={0} max={1e12} precision={2} style={{ width: '100%' }} suffix="元" data-testid="cert-action-value" />
              </Form.Item>
            </>
          )}
          <Form.Item name="note" label={t('price.cases.note')} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="cert-action-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
