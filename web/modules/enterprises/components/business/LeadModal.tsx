// Create or update an investment lead (the division): target, referring enterprise, industry, zone,
// stage, expected investment (万元), owner, note.
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseIndustries, enterpriseZones, leadStages } from '../../../../../common/enterprises.ts';
import { ErrorMessage } from '../../../../components/ErrorMessage.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import { useSaveLead } from '../../mutations.ts';
import type { Lead, LeadInput } from '../../types.ts';

export type LeadModalState = { lead: Lead | null } | null;

export function LeadModal({ state, referrers, onClose }: { state: LeadModalState; referrers: { id: number; name: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const [form] = Form.useForm<LeadInput>();
  const save = useSaveLead();
  const [error, setError] = useState<unknown>(null);
  const lead = state?.lead ?? null;
  useEffect(() => {
    if (!state) return;
    form.resetFields();
    form.setFieldsValue(lead ? { ...lead } : { stage: '线索', expectedInvest: 0, referrerEnterpriseId: null, note: '' });
    setError(null);
  }, [state, lead, form]);
  const finish = (v: LeadInput) => {
    const input: LeadInput = { ...v, referrerEnterpriseId: v.referrerEnterpriseId ?? null, target: v.target.trim(), ownerName: v.ownerName.trim(), note: v.note?.trim() ?? '', ...(lead ? { version: lead.version } : {}) };
    save.mutate({ id: lead?.id ?? null, input }, { onSuccess: onClose, onError: setError });
  };
  const opts = (kind: 'industry' | 'zone' | 'stage', values: readonly string[]) => values.map((v) => ({ value: v, label: f.label(kind, v) }));
  return (
    <Modal open={!!state} title={lead ? t('ent.lead.editTitle') : t('ent.lead.createTitle')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending }} width={640} destroyOnHidden>
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ErrorMessage error={error} />} />}
      <Form<LeadInput> form={form} layout="vertical" onFinish={finish}>
        <Form.Item name="target" label={t('ent.lead.target')} rules={[{ required: true, whitespace: true, message: t('ent.form.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="referrerEnterpriseId" label={t('ent.lead.referrer')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={referrers.map((r) => ({ value: r.id, label: r.name }))} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="industry" label={t('ent.field.industry')} rules={[{ required: true, message: t('ent.form.required') }]}>
              <Select options={opts('industry', enterpriseIndustries)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="zone" label={t('ent.field.zone')} rules={[{ required: true, message: t('ent.form.required') }]}>
              <Select options={opts('zone', enterpriseZones)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="stage" label={t('ent.lead.stage')} rules={[{ required: true }]}>
              <Select options={opts('stage', leadStages)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="expectedInvest" label={t('ent.lead.expectedWan')} rules={[{ required: true }]}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="ownerName" label={t('ent.lead.owner')} rules={[{ required: true, whitespace: true, message: t('ent.form.required') }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('ent.lead.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
