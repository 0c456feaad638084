// 折标系数与门槛: the GB/T 2589-2020 reference factors (当量值, and 等价值 where it differs — electricity by
// the year's published figure, heat by the supply efficiency) with the units each type accepts; the review
// thresholds, deadlines, acceptance tolerance, yearly electricity factors and industry benchmarks, which
// division staff change (audited); and a calculator.
import { Alert, Button, Card, Col, Form, InputNumber, Row, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { useEnergySettings, useFactors } from '../api.ts';
import { LinesEditor } from '../components/LinesEditor.tsx';
import { useSaveSettings } from '../mutations.ts';
import type { EnergyLineInput, FactorRow, Settings } from '../types.ts';

const keys = ['year'] as const;

function SettingsForm({ s }: { s: Settings }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useSaveSettings();
  useEffect(() => { form.setFieldsValue({ ...s, ...Object.fromEntries(Object.entries(s.electricityEqualValue).map(([y, v]) => [`el_${y}`, v])), ...Object.fromEntries(Object.entries(s.benchmarks).map(([k, v]) => [`bm_${k}`, v])) }); }, [s, form]);
  const num = (name: string, label: string, step?: number) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('energy.form.required') }]}><InputNumber style={{ width: '100%' }} min={0} step={step} disabled={!s.abilities.write} data-testid={`energy-setting-${name}`} /></Form.Item>
  );
  const submit = (v: Record<string, number>) => {
    const electricityEqualValue = Object.fromEntries(Object.keys(s.electricityEqualValue).map((y) => [y, v[`el_${y}`]]));
    const benchmarks = Object.fromEntries(Object.keys(s.benchmarks).map((k) => [k, v[`bm_${k}`]]));
    save.mutate({ exemptTce: v.exemptTce, exemptKwh: v.exemptKwh, cityTce: v.cityTce, acceptDays: v.acceptDays, reviewDays: v.reviewDays, acceptanceTolerancePct: v.acceptanceTolerancePct, heatEfficiency: v.heatEfficiency, electricityEqualValue, benchmarks, version: s.version });
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="energy-settings-form">
      <Row gutter={12}>
        <Col span={12}>{num('exemptTce', t('energy.factors.exemptTce'))}</Col>
        <Col span={12}>{num('exemptKwh', t('energy.factors.exemptKwh'))}</Col>
        <Col span={12}>{num('cityTce', t('energy.factors.cityTce'))}</Col>
        <Col span={12}>{num('acceptanceTolerancePct', t('energy.factors.tolerance'))}</Col>
        <Col span={12}>{num('acceptDays', t('energy.factors.acceptDays'))}</Col>
        <Col span={12}>{num('reviewDays', t('energy.factors.reviewDays'))}</Col>
        <Col span={12}>{num('heatEfficiency', t('energy.factors.heatEfficiency'), 0.01)}</Col>
      </Row>
      <Typography.Text strong>{t('energy.factors.electricity')}</Typography.Text>
      <Row gutter={12}>{Object.keys(s.electricityEqualValue).map((y) => <Col span={8} key={y}>{num(`el_${y}`, `${y}年`, 0.0001)}</Col>)}</Row>
      <Typography.Text strong>{t('energy.factors.benchmarks')}</Typography.Text>
      <Row gutter={12}>{Object.keys(s.benchmarks).map((k) => <Col span={8} key={k}>{num(`bm_${k}`, k, 0.01)}</Col>)}</Row>
      {save.error ? <Alert type="error" showIcon title={<ErrorMessage error={save.error} />} style={{ marginBottom: 8 }} /> : null}
      {s.abilities.write && <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="energy-settings-save">{t('energy.form.save')}</Button>}
    </Form>
  );
}

export function FactorsPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const year = positiveInt(p.year, 2023);
  const f = useFactors(year);
  const s = useEnergySettings();
  const [lines, setLines] = useState<EnergyLineInput[]>([{ type: 'electricity', quantity: 800, unit: '万kWh' }, { type: 'natural_gas', quantity: 50, unit: '万m³' }, { type: 'diesel', quantity: 20, unit: 't' }]);
  return (
    <ModulePage title={t('energy.factors.title')} testId="energy-factors" error={f.error ?? s.error} loading={!f.data && f.isPending} onRetry={() => void f.refetch()}
      bar={<>
        <Typography.Text type="secondary">{f.data && t('energy.factors.standard', { standard: f.data.standard })}</Typography.Text>
        <Select value={year} onChange={(v) => setP({ year: v })} options={[2021, 2022, 2023].map((y) => ({ value: y, label: `${t('energy.factors.year')} ${y}` }))} style={{ width: 160, marginInlineStart: 12 }} />
      </>}>
      <Row gutter={[12, 12]}>
        <Col xs={24} xxl={15}>
          <Card size="small">
            <Table<FactorRow> rowKey="code" size="small" pagination={false} scroll={{ x: 860 }} dataSource={f.data?.items ?? []} data-testid="energy-factor-table"
              columns={[
                { title: t('energy.col.type'), dataIndex: 'zh', width: 120 },
                { title: t('energy.col.heatValue'), dataIndex: 'heatValue', width: 150 },
                { title: t('energy.col.factorDL'), key: 'dl', align: 'right', width: 150, render: (_, r) => `${r.factor} kgce/${r.baseUnit}` },
                { title: t('energy.col.factorDJ'), key: 'dj', align: 'right', width: 150, render: (_, r) => (r.equalValue === 'same' ? t('energy.factors.sameAsDL') : `${r.factorDJ} kgce/${r.baseUnit}`) },
                { title: t('energy.col.units'), key: 'u', render: (_, r) => r.units.map((u) => u.code).join('、') },
                { title: t('energy.col.note'), dataIndex: 'note', render: (v?: string) => v ?? '' },
              ]} />
          </Card>
        </Col>
        <Col xs={24} xxl={9}>
          <Card size="small" title={t('energy.factors.settings')}>{s.data && <SettingsForm s={s.data} />}</Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('energy.factors.calculator')}><LinesEditor value={lines} onChange={setLines} year={year} testId="energy-calc" /></Card>
        </Col>
      </Row>
    </ModulePage>
  );
}
