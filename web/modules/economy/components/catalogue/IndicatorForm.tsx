// Fields of an indicator of the catalogue: code, name, unit, frequency, kind (cumulative / balance /
// growth only), Jan–Feb merged, growth basis, source unit (who enters it) and owner unit (org tree),
// component of (parent), order, description.
import { Col, Form, Input, InputNumber, Radio, Row, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { basisLabels, freqLabels, growthBases, indicatorFreqs, indicatorKinds, kindLabels } from '../../../../../common/economy-schemas.ts';
import { limits } from '../../../../../common/limits.ts';
import { useShortLang } from '../../../../i18n/index.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import type { IndicatorInput, IndicatorRow } from '../../types.ts';

export type IndicatorFormValues = IndicatorInput & { active?: boolean };

type Props = { form: FormInstance<IndicatorFormValues>; initial: Partial<IndicatorFormValues>; editing: IndicatorRow | null; all: IndicatorRow[]; onFinish: (v: IndicatorFormValues) => void };

export function IndicatorForm({ form, initial, editing, all, onFinish }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const freq = Form.useWatch('freq', form);
  // A parent may not be the indicator itself or one of its components (the server checks deeper cycles too).
  const parents = all.filter((i) => i.id !== editing?.id && i.parentId !== editing?.id);
  return (
    <Form<IndicatorFormValues> form={form} layout="vertical" initialValues={initial} onFinish={onFinish} data-testid="econ-indicator-form" scrollToFirstError>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="code" label={t('econ.catalogue.code')} rules={editing ? [] : [{ required: true, whitespace: true }, { max: limits.codeMax }, { pattern: /^[A-Za-z0-9_.-]+$/, message: t('econ.catalogue.codeFormat') }]}>
            <Input disabled={!!editing} maxLength={limits.codeMax} placeholder="RETAIL" data-testid="econ-form-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="name" label={t('econ.catalogue.name')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
            <Input maxLength={100} data-testid="econ-form-name" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="unit" label={t('econ.col.unit')} rules={[{ required: true, whitespace: true }, { max: 20 }]}>
            <Input maxLength={20} placeholder={t('econ.catalogue.unitPlaceholder')} data-testid="econ-form-unit" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="freq" label={t('econ.catalogue.freq')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={indicatorFreqs.map((f) => ({ value: f, label: freqLabels[f][lang] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="kind" label={t('econ.catalogue.kind')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={indicatorKinds.map((k) => ({ value: k, label: kindLabels[k][lang] }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="janFebMerged" label={t('econ.catalogue.janFebMerged')} valuePropName="checked">
            <Switch disabled={freq === 'Q'} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="growthBasis" label={t('econ.catalogue.growthBasis')} rules={[{ required: true }]} extra={t('econ.catalogue.basisHelp')}>
            <Radio.Group optionType="button" options={growthBases.map((b) => ({ value: b, label: basisLabels[b][lang] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="parentId" label={t('econ.catalogue.parent')} extra={t('econ.catalogue.parentHelp')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={parents.map((i) => ({ value: i.id, label: `${i.name}${t('common.punct.open')}${i.code}${t('common.punct.close')}` }))} placeholder={t('econ.catalogue.noParent')} data-testid="econ-form-parent" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="sourceUnitId" label={t('econ.catalogue.sourceUnit')} rules={[{ required: true }]} extra={t('econ.catalogue.sourceHelp')}>
            <OrgTreeSelect data-testid="econ-form-source" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="ownerUnitId" label={t('econ.catalogue.ownerUnit')}>
            <OrgTreeSelect data-testid="econ-form-owner" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="seq" label={t('econ.catalogue.seq')}>
            <InputNumber min={0} max={9999} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {editing && (
          <Col xs={12} md={6}>
            <Form.Item name="active" label={t('common.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="description" label={t('econ.catalogue.description')} rules={[{ max: limits.textMax }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={limits.textMax} />
      </Form.Item>
    </Form>
  );
}
