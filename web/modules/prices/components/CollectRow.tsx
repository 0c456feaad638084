// One commodity of the collector's form: last price beside the box, the daily-reporting mark, a warning
// when the new price jumps (≥ ×factor or ≤ ÷factor of the last one) that asks for a note and a confirm
// tick, and the server's refusal of this row.
import { Alert, Checkbox, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../components/DateText.tsx';
import type { FormItem } from '../types.ts';
import { DailyMark } from './format.tsx';

export type RowValue = { price: number | null; note: string; confirm: boolean };

export function isJump(price: number | null, last: number | null, factor: number): boolean {
  if (price === null || last === null || !(last > 0)) return false;
  return price >= last * factor || price <= last / factor;
}

type Props = { item: FormItem; value: RowValue; factor: number; locked: boolean; serverError?: string; onChange: (v: RowValue) => void };

export function CollectRow({ item, value, factor, locked, serverError, onChange }: Props) {
  const { t } = useTranslation();
  const jump = isJump(value.price, item.lastPrice, factor);
  const pending = jump && !(value.confirm && value.note.trim());
  return (
    <div className={`tc-collect-row${pending || serverError ? ' tc-collect-row-flag' : ''}`} data-testid={`collect-row-${item.commodityId}`} data-jump={jump ? '1' : '0'}>
      <div className="tc-collect-head">
        <div>
          <Typography.Text strong>{item.name}</Typography.Text> <Typography.Text type="secondary">{item.spec}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('price.collect.last')}: {item.lastPrice ?? '—'} {item.lastPrice !== null && item.unit}
              {item.lastDate && (
                <>
                  {' '}（<DateText value={item.lastDate} />）
                </>
              )}
            </Typography.Text>
          </div>
          <Space size={4} wrap>
            {item.dailyReporting && <DailyMark />}
            {item.state && <Tag color={item.state === 'approved' ? 'blue' : 'default'}>{t(`price.quoteState.${item.state}`)}</Tag>}
          </Space>
        </div>
        <InputNumber
          className="tc-collect-input"
          data-testid={`collect-price-${item.commodityId}`}
          value={value.price}
          min={0}
          step={0.01}
          precision={2}
          inputMode="decimal"
          disabled={locked || item.state === 'approved'}
          placeholder={t('price.collect.pricePlaceholder')}
          suffix={<span style={{ fontSize: 11, color: '#999' }}>{item.unit.replace('元/', '/')}</span>}
          onChange={(v) => onChange({ ...value, price: typeof v === 'number' ? v : null })}
        />
      </div>
      {jump && (
        <div className="tc-collect-jump" data-testid={`collect-jump-${item.commodityId}`}>
          <Alert type="warning" showIcon title={t('price.collect.jumpWarning', { last: item.lastPrice, price: value.price, factor })} />
          <Input.TextArea
            data-testid={`collect-note-${item.commodityId}`}
            value={value.note}
            autoSize={{ minRows: 1, maxRows: 3 }}
            maxLength={200}
            placeholder={t('price.collect.notePlaceholder')}
            onChange={(e) => onChange({ ...value, note: e.target.value })}
            status={pending && !value.note.trim() ? 'warning' : undefined}
          />
          <Checkbox data-testid={`collect-confirm-${item.commodityId}`} checked={value.confirm} onChange={(e) => onChange({ ...value, confirm: e.target.checked })}>
            {t('price.collect.confirmJump')}
          </Checkbox>
        </div>
      )}
      {serverError && <Alert type="error" showIcon title={serverError} data-testid={`collect-error-${item.commodityId}`} style={{ marginTop: 6 }} />}
    </div>
  );
}
