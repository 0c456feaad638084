// District tax (万元) by year for one enterprise, with its change; the division records a year's amount.
// Shown only when the server sends taxes (the ent.tax permission).
import { Button, Flex, InputNumber, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import { useSaveTax } from '../../mutations.ts';
import type { EnterpriseDetail } from '../../types.ts';

export function TaxPanel({ e }: { e: EnterpriseDetail }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const save = useSaveTax();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const [amount, setAmount] = useState<number | null>(null);
  const rows = (e.taxes ?? []).map((r, i, all) => ({ ...r, change: i > 0 && all[i - 1].amount ? Math.round((r.amount / all[i - 1].amount - 1) * 10000) / 100 : null }));
  return (
    <div data-testid="ent-taxes">
      <Table
        size="small"
        rowKey="year"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('ent.tax.year'), dataIndex: 'year' },
          { title: t('ent.tax.amount'), dataIndex: 'amount', align: 'right', render: (v: number) => f.wan(v) },
          { title: t('ent.tax.change'), dataIndex: 'change', align: 'right', render: (v: number | null) => (v === null ? '—' : <span style={{ color: v < 0 ? '#cf1322' : '#389e0d' }}>{`${v > 0 ? '+' : ''}${f.pct(v)}`}</span>) },
        ]}
      />
      {e.abilities.update && (
        <Flex gap={8} style={{ marginTop: 12 }} wrap>
          <Select value={year} onChange={setYear} options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: t('ent.year.option', { year: y }) }))} style={{ width: 110 }} />
          <InputNumber value={amount} onChange={(v) => setAmount(v)} min={0} precision={4} addonAfter={t('ent.unit.wan')} placeholder={t('ent.tax.amount')} style={{ width: 220 }} />
          <Button disabled={amount === null} loading={save.isPending} onClick={() => amount !== null && save.mutate({ id: e.id, year, amount }, { onSuccess: () => setAmount(null) })}>
            {t('ent.tax.record')}
          </Button>
        </Flex>
      )}
    </div>
  );
}
