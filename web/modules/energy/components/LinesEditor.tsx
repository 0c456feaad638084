// The annual energy use of a project as rows of type, quantity and unit (the unit list follows the type:
// diesel in kg or t, electricity in kWh, 万kWh or MWh), with a conversion preview that shows each line's
// tce and the coefficient used, and the review-need rule's verdict.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { energyFactors, unitsOf } from '../../../../common/energy.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useConvert } from '../mutations.ts';
import type { EnergyLineInput } from '../types.ts';
import { EnergyTable } from './EnergyTable.tsx';

export function LinesEditor({ value, onChange, year, testId }: { value: EnergyLineInput[]; onChange: (v: EnergyLineInput[]) => void; year: number; testId: string }) {
  const { t } = useTranslation();
  const convert = useConvert();
  const set = (i: number, patch: Partial<EnergyLineInput>) => onChange(value.map((l, k) => (k === i ? { ...l, ...patch } : l)));
  const complete = value.length > 0 && value.every((l) => l.type && l.unit && Number.isFinite(l.quantity));
  const key = JSON.stringify(value);
  useEffect(() => {
    if (complete) convert.mutate({ year, lines: value });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, year]);
  const c = convert.data;
  return (
    <Flex vertical gap={8} data-testid={testId}>
      {value.map((l, i) => (
        <Flex key={i} gap={8} align="center">
          <Select value={l.type || undefined} placeholder={t('energy.form.type')} style={{ width: 170 }} data-testid={`${testId}-type-${i}`}
            options={energyFactors.map((f) => ({ value: f.code, label: f.zh }))}
            onChange={(type: string) => set(i, { type, unit: unitsOf(type)[0] ?? '' })} />
          <InputNumber value={Number.isFinite(l.quantity) ? l.quantity : null} placeholder={t('energy.form.quantity')} style={{ width: 160 }} data-testid={`${testId}-qty-${i}`}
            onChange={(v) => set(i, { quantity: v === null ? NaN : Number(v) })} />
          <Select value={l.unit || undefined} placeholder={t('energy.form.unit')} style={{ width: 100 }} data-testid={`${testId}-unit-${i}`}
            options={unitsOf(l.type).map((u) => ({ value: u, label: u }))} onChange={(unit: string) => set(i, { unit })} />
          <Button icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_, k) => k !== i))} aria-label="delete" disabled={value.length === 1} />
        </Flex>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...value, { type: 'electricity', quantity: NaN, unit: 'kWh' }])} style={{ alignSelf: 'flex-start' }}>{t('energy.form.addLine')}</Button>
      {convert.error ? <Alert type="error" showIcon title={<ErrorMessage error={convert.error} />} /> : null}
      {c && complete && !convert.error && (
        <>
          <EnergyTable lines={c.lines} tceDL={c.tceDL} tceDJ={c.tceDJ} testId={`${testId}-preview`} />
          <Alert type={c.required ? 'warning' : 'info'} showIcon data-testid={`${testId}-verdict`}
            title={t('energy.reviews.rule', { tce: c.tceDL.toFixed(2), exemptTce: c.thresholds.exemptTce, kwh: c.electricityKwh.toLocaleString('zh-CN'), exemptKwh: c.thresholds.exemptKwh.toLocaleString('zh-CN'), result: c.required ? `${t('energy.reviews.needs')}（${t(`energy.authority.${c.authority}`)}）` : t('energy.reviews.noNeed') })} />
        </>
      )}
    </Flex>
  );
}
