// The division sets a year's target for a town or a key energy user: intensity-drop target, cap, the base
// (last year's consumption and output, taken from last year's four reported quarters when there are), and
// the standard measure tasks. One target per assessee and year (a second is refused in place).
import { Alert, Col, Form, InputNumber, Modal, Row, Select, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useOrgs } from '../../orgs/api.ts';
import { useAssessment, useKeyUsers } from '../api.ts';
import { useCreateTarget } from '../mutations.ts';

type Values = { assessee: string; targetDropPct: number; capTce: number; baseTce: number; baseOutput: number };
export const standardTasks = ['工业和数据中心节能改造', '公共建筑和公共机构节能', '绿色交通与清洁能源替代', '能源统计和计量能力建设'];

export function NewTargetModal({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const orgs = useOrgs();
  const keyUsers = useKeyUsers(false);
  const last = useAssessment(year - 1, false);
  const create = useCreateTarget();
  const options = [
    ...(orgs.data?.items ?? []).filter((o) => o.kind === 'town' || o.kind === 'zone').map((o) => ({ value: `org:${o.id}`, label: o.name })),
    ...(keyUsers.data?.items ?? []).map((k) => ({ value: `key:${k.id}`, label: `${k.name}（${t('energy.kind.key_user')}）` })),
  ];
  const prefill = (assessee: string) => {
    const [kind, id] = assessee.split(':');
    const prev = last.data?.items.find((i) => (kind === 'org' ? i.orgId : i.keyUserId) === Number(id));
    if (prev && prev.quartersReported === 4) form.setFieldsValue({ baseTce: prev.actualTce, baseOutput: prev.actualOutput, capTce: Math.round(prev.actualTce * 1.02), targetDropPct: prev.targetDropPct });
  };
  const submit = (v: Values) => {
    const [kind, id] = v.assessee.split(':');
    create.mutate({
      year, orgId: kind === 'org' ? Number(id) : null, keyUserId: kind === 'key' ? Number(id) : null, targetDropPct: v.targetDropPct, capTce: v.capTce, baseTce: v.baseTce, baseOutput: v.baseOutput,
      tasks: standardTasks.map((title) => ({ title, points: 10, score: null })), deduction: 0, deductionNote: '',
    }, { onSuccess: onClose });
  };
  const num = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('energy.form.required') }]}><InputNumber style={{ width: '100%' }} min={name === 'targetDropPct' ? -50 : 0} data-testid={`energy-new-${name}`} /></Form.Item>
  );
  return (
    <Modal open={open} title={`${t('energy.assessment.add')}（${year}年）`} onCancel={() => { create.reset(); onClose(); }} onOk={() => form.submit()} confirmLoading={create.isPending}
      okText={t('energy.form.save')} destroyOnHidden width={620} okButtonProps={{ 'data-testid': 'energy-new-ok' } as ButtonProps}>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="assessee" label={t('energy.col.name')} rules={[{ required: true, message: t('energy.form.required') }]}>
          <Select showSearch optionFilterProp="label" options={options} onChange={prefill} data-testid="energy-new-assessee" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>{num('targetDropPct', `${t('energy.col.targetDrop')}（%）`)}</Col>
          <Col span={12}>{num('capTce', `${t('energy.col.cap')}（tce）`)}</Col>
          <Col span={12}>{num('baseTce', t('energy.assessment.baseTce'))}</Col>
          <Col span={12}>{num('baseOutput', t('energy.assessment.baseOutput'))}</Col>
        </Row>
        {create.error ? <Alert type="error" showIcon title={<ErrorMessage error={create.error} />} /> : null}
      </Form>
    </Modal>
  );
}
