// The district's population cap and its split into one cap per town/street/zone; the split must add up to
// the district's cap exactly, shown live beside the save button (the server refuses otherwise).
import { Alert, Button, Card, InputNumber, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useSavePopTargets } from '../mutations.ts';
import type { Population } from '../types.ts';

export function PopSplitEditor({ o }: { o: Population }) {
  const { t } = useTranslation();
  const save = useSavePopTargets(o.year);
  const [cap, setCap] = useState<number>(o.plan?.districtCap ?? 0);
  const [baseline, setBaseline] = useState<number>(o.plan?.baseline ?? 0);
  const [caps, setCaps] = useState<Record<number, number>>({});
  useEffect(() => {
    setCap(o.plan?.districtCap ?? 0);
    setBaseline(o.plan?.baseline ?? 0);
    setCaps(Object.fromEntries(o.towns.map((w) => [w.id, w.cap ?? 0])));
  }, [o]);
  const sum = Object.values(caps).reduce((a, v) => a + v, 0);
  const ok = sum === cap && cap > 0;
  return (
    <Card size="small" title={t('live.pop.split')} data-testid="pop-split">
      <Space wrap style={{ marginBottom: 8 }}>
        <span>{t('live.pop.districtCap')}：<InputNumber data-testid="pop-cap" min={1} precision={0} value={cap} onChange={(v) => setCap(Number(v ?? 0))} style={{ width: 140 }} /></span>
        <span>{t('live.pop.baseline')}：<InputNumber min={0} precision={0} value={baseline} onChange={(v) => setBaseline(Number(v ?? 0))} style={{ width: 140 }} /></span>
        <span data-testid="pop-split-sum">{t('live.pop.splitSum')}：<Tag color={ok ? 'green' : 'red'}>{sum.toLocaleString()}</Tag>{!ok && t('live.pop.diff', { n: (sum - cap).toLocaleString() })}</span>
        <Button type="primary" disabled={!ok} loading={save.isPending} data-testid="pop-save-split"
          onClick={() => save.mutate({ districtCap: cap, baseline, towns: o.towns.filter((w) => caps[w.id] !== undefined).map((w) => ({ townId: w.id, cap: caps[w.id] })), version: o.plan?.version ?? null })}>
          {t('live.pop.saveSplit')}
        </Button>
      </Space>
      {save.error ? <Alert type="error" showIcon style={{ marginBottom: 8 }} title={<ErrorMessage error={save.error} />} /> : null}
      <Table size="small" rowKey="id" pagination={false} dataSource={o.towns} scroll={{ y: 300 }}
        columns={[
          { title: t('live.col.town'), dataIndex: 'name' },
          { title: t('live.pop.cap'), key: 'c', width: 160, render: (_: unknown, w) => <InputNumber size="small" min={0} precision={0} value={caps[w.id]} data-testid={`pop-cap-${w.code}`} onChange={(v) => setCaps({ ...caps, [w.id]: Number(v ?? 0) })} /> },
        ]} />
    </Card>
  );
}
