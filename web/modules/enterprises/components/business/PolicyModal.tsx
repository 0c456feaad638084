// Add or edit a policy of the library (the division): title, document number, issuer and level, date,
// the industries it serves (none = all), its key points and the plain-language interpretation sent to
// matching enterprises, and the application window.
import { Alert, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseIndustries, policyLevels } from '../../../../../common/enterprises.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import { useSavePolicy } from '../../mutations.ts';
import type { Policy, PolicyInput } from '../../types.ts';

export type PolicyModalState = { policy: Policy | null } | null;
type Values = Omit<PolicyInput, 'issuedOn' | 'windowOpen' | 'windowClose' | 'version'> & { issuedOn: Dayjs; windowOpen?: Dayjs | null; windowClose?: Dayjs | null };

export function PolicyModal({ state, onClose }: { state: PolicyModalState; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const [form] = Form.useForm<Values>();
  const save = useSavePolicy();
  const [error, setError] = useState<unknown>(null);
  const policy = state?.policy ?? null;
  useEffect(() => {
    if (!state) return;
    form.resetFields();
    form.setFieldsValue(policy
      ? { ...policy, issuedOn: dayjs(policy.issuedOn), windowOpen: policy.windowOpen ? dayjs(policy.windowOpen) : null, windowClose: policy.windowClose ? dayjs(policy.windowClose) : null }
      : { level: '区', industries: [], issuedOn: dayjs(), summary: '', interpretation: '', docNo: '' });
    setError(null);
  }, [state, policy, form]);
  const day = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);
  const finish = (v: Values) => {
    const input: PolicyInput = {
      title: v.title.trim(), docNo: v.docNo?.trim() ?? '', issuer: v.issuer.trim(), level: v.level, issuedOn: day(v.issuedOn)!, industries: v.industries ?? [],
      summary: v.summary?.trim() ?? '', interpretation: v.interpretation?.trim() ?? '', windowOpen: day(v.windowOpen), windowClose: day(v.windowClose), ...(policy ? { version: policy.version } : {}),
    };
    save.mutate({ id: policy?.id ?? null, input }, { onSuccess: onClose, onError: setError });
  };
  return (
    <Modal open={!!state} title={policy ? t('ent.policy.editTitle') : t('ent.policy.createTitle')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending }} width={720} destroyOnHidden>
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      <Form<Values> form={form} layout="vertical" onFinish={finish} data-testid="ent-policy-form">
        <Form.Item name="title" label={t('ent.policy.policy')} rules={[{ required: true, whitespace: true, message: t('ent.form.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={8}><Form.Item name="docNo" label={t('ent.policy.docNo')}><Input maxLength={100} /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="issuer" label={t('ent.policy.issuer')} rules={[{ required: true, whitespace: true, message: t('ent.form.required') }]}><Input maxLength={100} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="level" label={t('ent.policy.level')} rules={[{ required: true }]}><Select options={policyLevels.map((l) => ({ value: l, label: f.label('level', l) }))} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="issuedOn" label={t('ent.policy.issuedOn')} rules={[{ required: true, message: t('ent.form.required') }]}><DatePicker allowClear={false} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item name="industries" label={t('ent.policy.industries')} extra={t('ent.policy.industriesHelp')}>
          <Select mode="multiple" allowClear options={enterpriseIndustries.map((i) => ({ value: i, label: f.label('industry', i) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('ent.policy.summary')}><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} /></Form.Item>
        <Form.Item name="interpretation" label={t('ent.policy.interpretation')}><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} /></Form.Item>
        <Row gutter={12}>
          <Col xs={12}><Form.Item name="windowOpen" label={t('ent.policy.windowOpen')}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={12}>
            <Form.Item
              name="windowClose"
              label={t('ent.policy.windowClose')}
              dependencies={['windowOpen']}
              rules={[({ getFieldValue }) => ({ validator: (_, v?: Dayjs | null) => (!v || !getFieldValue('windowOpen') || !v.isBefore(getFieldValue('windowOpen'), 'day') ? Promise.resolve() : Promise.reject(new Error(t('ent.form.closeBeforeOpen')))) })]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
