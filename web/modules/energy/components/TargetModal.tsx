// The division adjusts an assessee's year: the intensity-drop target, the cap, the score of each measure
// task (not above its points), and a deduction with its reason. Stale edits are refused (409) in place.
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Typography, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useUpdateTarget } from '../mutations.ts';
import type { AssessmentRow } from '../types.ts';

type Values = { targetDropPct: number; capTce: number; scores: (number | null)[]; deduction: number; deductionNote?: string };

export function TargetModal({ row, onClose }: { row: AssessmentRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useUpdateTarget();
  useEffect(() => {
    if (row) form.setFieldsValue({ targetDropPct: row.targetDropPct, capTce: row.capTce, scores: row.tasks.map((k) => k.score), deduction: row.deduction, deductionNote: row.deductionNote });
  }, [row, form]);
  const submit = (v: Values) => {
    if (!row) return;
    save.mutate({
      id: row.id, version: row.version, targetDropPct: v.targetDropPct, capTce: v.capTce, deduction: v.deduction ?? 0, deductionNote: v.deductionNote ?? '',
      tasks: row.tasks.map((k, i) => ({ title: k.title, points: k.points, score: v.scores?.[i] ?? null })),
    }, { onSuccess: onClose });
  };
  return (
    <Modal key={row?.id ?? 0} open={!!row} title={row ? `${t('energy.assessment.edit')} · ${row.name}` : ''} onCancel={() => { save.reset(); onClose(); }} onOk={() => form.submit()}
      confirmLoading={save.isPending} okText={t('energy.form.save')} destroyOnHidden width={620} okButtonProps={{ 'data-testid': 'energy-target-ok' } as ButtonProps}>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Row gutter={12}>
          <Col span={12}><Form.Item name="targetDropPct" label={`${t('energy.col.targetDrop')}（%）`} rules={[{ required: true, message: t('energy.form.required') }]}><InputNumber style={{ width: '100%' }} min={-50} max={50} step={0.1} /></Form.Item></Col>
          <Col span={12}><Form.Item name="capTce" label={`${t('energy.col.cap')}（tce）`} rules={[{ required: true, message: t('energy.form.required') }]}><InputNumber style={{ width: '100%' }} min={0} /></Form.Item></Col>
        </Row>
        <Typography.Text strong>{t('energy.assessment.tasks')}</Typography.Text>
        {row?.tasks.map((k, i) => (
          <Form.Item key={i} name={['scores', i]} label={`${k.title}（${k.points}分）`} style={{ marginBottom: 8 }}
            rules={[{ type: 'number', min: 0, max: k.points, message: t('energy.assessment.scoreRange', { points: k.points }) }]}>
            <InputNumber style={{ width: 160 }} min={0} max={k.points} data-testid={`energy-target-score-${i}`} />
          </Form.Item>
        ))}
        <Row gutter={12}>
          <Col span={8}><Form.Item name="deduction" label={t('energy.col.deduction')}><InputNumber style={{ width: '100%' }} min={0} max={100} data-testid="energy-target-deduction" /></Form.Item></Col>
          <Col span={16}><Form.Item name="deductionNote" label={t('energy.assessment.deductionNote')}><Input maxLength={500} /></Form.Item></Col>
        </Row>
        {save.error ? <Alert type="error" showIcon title={<ErrorMessage error={save.error} />} /> : null}
      </Form>
    </Modal>
  );
}
