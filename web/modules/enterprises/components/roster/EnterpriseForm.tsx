// Fields of an enterprise (create and edit): credit code (checked before submit), name, industry, size,
// zone, town, address, contact, steward, list year and the service package's contents.
import { Col, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { enterpriseIndustries, enterpriseSizes, enterpriseZones } from '../../../../../common/enterprises.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { useStewards } from '../../api.ts';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { EnterpriseInput } from '../../types.ts';
import { usccRules } from './usccRule.ts';

type Props = { form: FormInstance<EnterpriseInput>; initial: Partial<EnterpriseInput>; editing: boolean; year: number; onFinish: (v: EnterpriseInput) => void };

export function EnterpriseForm({ form, initial, editing, year, onFinish }: Props) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const stewards = useStewards(year);
  const opts = (kind: 'industry' | 'size' | 'zone', values: readonly string[]) => values.map((v) => ({ value: v, label: f.label(kind, v) }));
  return (
    <Form<EnterpriseInput> form={form} layout="vertical" initialValues={initial} onFinish={onFinish} data-testid="ent-form" scrollToFirstError>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item
            name="uscc"
            label={t('ent.field.uscc')}
            rules={editing ? [] : usccRules(t)}
            normalize={(v: string) => v?.toUpperCase()}
            extra={editing ? undefined : t('ent.uscc.help')}
            validateDebounce={300}
          >
            <Input disabled={editing} maxLength={18} placeholder="91110116MA0…" data-testid="ent-form-uscc" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="name" label={t('ent.field.name')} rules={[{ required: true, whitespace: true, message: t('ent.form.required') }, { max: 200 }]}>
            <Input maxLength={200} data-testid="ent-form-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="industry" label={t('ent.field.industry')} rules={[{ required: true, message: t('ent.form.required') }]}>
            <Select options={opts('industry', enterpriseIndustries)} data-testid="ent-form-industry" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="size" label={t('ent.field.size')} rules={[{ required: true, message: t('ent.form.required') }]}>
            <Select options={opts('size', enterpriseSizes)} data-testid="ent-form-size" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="listYear" label={t('ent.field.listYear')} rules={[{ required: true, message: t('ent.form.required') }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="zone" label={t('ent.field.zone')} rules={[{ required: true, message: t('ent.form.required') }]}>
            <Select options={opts('zone', enterpriseZones)} data-testid="ent-form-zone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="townId" label={t('ent.field.town')}>
            <OrgTreeSelect data-testid="ent-form-town" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label={t('ent.field.address')} rules={[{ max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item name="contactName" label={t('ent.field.contactName')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="contactPhone" label={t('ent.field.contactPhone')} rules={[{ pattern: /^[0-9+\- ]*$/, message: t('ent.form.phone') }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="stewardUserId" label={t('ent.field.steward')} extra={t('ent.form.stewardHelp')}>
        <Select allowClear loading={stewards.isLoading} options={(stewards.data ?? []).map((s) => ({ value: s.id, label: s.name }))} data-testid="ent-form-steward" />
      </Form.Item>
      <Form.Item name="servicePackage" label={t('ent.field.servicePackage')} extra={t('ent.form.packageHelp')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </Form>
  );
}
