// Record an evaluation result (the division): scheme, year, indicator, score, rank of how many.
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evalSchemes } from '../../../../../common/enterprises.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import { useSaveEvaluation } from '../../mutations.ts';
import type { EvalInput } from '../../types.ts';

export function EvalModal({ open, initial, onClose }: { open: boolean; initial: Partial<EvalInput> | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const [form] = Form.useForm<EvalInput>();
  const save = useSaveEvaluation();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initial ?? { year: new Date().getFullYear() - 1 });
    setError(null);
  }, [open, initial, form]);
  const finish = (v: EvalInput) =>
    save.mutate({ ...v, indicator: v.indicator.trim(), score: v.score ?? null, rank: v.rank ?? null, rankOf: v.rankOf ?? null }, { onSuccess: onClose, onError: setError });
  return (
    <Modal open={open} title={t('ent.eval.record')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      <Form<EvalInput> form={form} layout="vertical" onFinish={finish}>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="scheme" label={t('ent.eval.scheme')} rules={[{ required: true, message: t('ent.form.required') }]}>
              <Select options={evalSchemes.map((s) => ({ value: s, label: f.label('scheme', s) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="year" label={t('ent.eval.year')} rules={[{ required: true }]}>
              <InputNumber min={2018} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="indicator" label={t('ent.eval.indicator')} rules={[{ required: true, whitespace: true, message: t('ent.form.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="score" label={t('ent.eval.score')}>
              <InputNumber min={0} max={1000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="rank" label={t('ent.eval.rank')}>
              <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="rankOf" label={t('ent.eval.rankOf')}>
              <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
