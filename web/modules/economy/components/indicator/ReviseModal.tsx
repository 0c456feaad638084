// 修订: the division corrects an approved (locked) value — the figures as revised and why. The earlier
// vintage is kept and shown in the history.
import { Alert, Col, Form, Input, InputNumber, Modal, Row, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/errors.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useUiLang } from '../../../../i18n/index.ts';
import { showServerErrors } from '../../../workplan/components/serverErrors.ts';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import { useReviseValue } from '../../mutations.ts';
import type { IndicatorRow, ValueRow } from '../../types.ts';

type Values = { cumValue: number | null; prevCumValue: number | null; yoyPct: number | null; cityYoyPct: number | null; cityRank: number | null; reason: string };

export function ReviseModal({ indicator, value, onClose }: { indicator: IndicatorRow; value: ValueRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const f = useEconFormat();
  const revise = useReviseValue();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    form.resetFields();
    setError(null);
  }, [value, form]);
  const submit = (v: Values) => {
    if (!value) return;
    setError(null);
    revise.mutate(
      { id: value.id, body: { cumValue: v.cumValue ?? null, prevCumValue: v.prevCumValue ?? null, yoyPct: v.yoyPct ?? null, cityYoyPct: v.cityYoyPct ?? null, cityRank: v.cityRank ?? null, reason: v.reason.trim(), version: value.version } },
      {
        onSuccess: onClose,
        onError: (e) => {
          if (isApiError(e, 'econ.revision_unchanged') || isApiError(e, 'record.stale') || isApiError(e, 'econ.not_approved')) setError(e);
          showServerErrors(form, e, lang);
        },
      },
    );
  };
  return (
    <Modal
      open={value !== null}
      title={value ? t('econ.revise.title', { name: indicator.name, period: f.period(value.period, indicator, true) }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('econ.revise.button')}
      confirmLoading={revise.isPending}
      destroyOnHidden
      width={620}
      okButtonProps={{ 'data-testid': 'econ-revise-submit' } as ButtonProps}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('econ.revise.help')} />
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      {value && (
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ cumValue: value.cumValue, prevCumValue: value.prevCumValue, yoyPct: value.yoyPct, cityYoyPct: value.cityYoyPct, cityRank: value.cityRank, reason: '' }}>
          <Row gutter={12}>
            {indicator.kind !== 'rate' && (
              <>
                <Col span={12}>
                  <Form.Item name="cumValue" label={t('econ.field.cumValue')}>
                    <InputNumber style={{ width: '100%' }} suffix={indicator.unit} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="prevCumValue" label={t('econ.field.prevCumValue')}>
                    <InputNumber style={{ width: '100%' }} suffix={indicator.unit} />
                  </Form.Item>
                </Col>
              </>
            )}
            <Col span={8}>
              <Form.Item name="yoyPct" label={t('econ.field.yoyPct')}>
                <InputNumber style={{ width: '100%' }} suffix="%" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="cityYoyPct" label={t('econ.field.cityYoyPct')}>
                <InputNumber style={{ width: '100%' }} suffix="%" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="cityRank" label={t('econ.field.cityRank')}>
                <InputNumber style={{ width: '100%' }} min={1} max={99} precision={0} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="reason" label={t('econ.revise.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('econ.revise.reasonRequired') }, { max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount data-testid="econ-revise-reason" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
