// 价格认定: the cases, searched by case number, requester or item and filtered by stage, with the
// overdue flag; division staff register a request (协助书) in a drawer.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { certStageLabels, certStages, type CertStage } from '../../../../common/prices.ts';
import { DateText } from '../../../components/DateText.tsx';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { useShortLang } from '../../../i18n/index.ts';
import { useCertCases } from '../api.ts';
import { CertCaseDrawer } from '../components/cert/CertCaseDrawer.tsx';
import { CertOverdueTag, CertStageTag, useYuan } from '../components/cert/CertTags.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import type { CertCase } from '../types.ts';

const keys = ['q', 'stage'] as const;

export function CertCasesPage() {
  const { t } = useTranslation();
  const lang = useShortLang();
  const navigate = useNavigate();
  const yuan = useYuan();
  const [p, setP] = useUrlParams(keys);
  const [q, setQ] = useState(p.q);
  const [adding, setAdding] = useState(false);
  useEffect(() => setQ(p.q), [p.q]);
  const stage = (certStages as readonly string[]).includes(p.stage) ? p.stage : undefined;
  const list = useCertCases({ q: p.q.trim() || undefined, stage });
  const columns: TableColumnsType<CertCase> = [
    { title: t('price.cases.caseNo'), dataIndex: 'caseNo', width: 150, render: (v: string, r) => <Link to={`/prices/cases/${r.id}`} data-testid={`cert-link-${r.id}`}>{v}</Link> },
    { title: t('price.cases.requesterOrg'), dataIndex: 'requesterOrg', ellipsis: true },
    { title: t('price.cases.requesterType'), dataIndex: 'requesterType', width: 100 },
    { title: t('price.cases.items'), key: 'items', ellipsis: true, render: (_, r) => r.items.map((i) => i.name).join(t('price.listSep')) },
    { title: t('price.cases.receivedOn'), dataIndex: 'receivedOn', width: 130, render: (v: string) => <DateText value={v} /> },
    { title: t('price.cases.stage'), dataIndex: 'stage', width: 110, render: (v: CertStage) => <CertStageTag stage={v} /> },
    { title: t('price.cases.dueOn'), dataIndex: 'dueOn', width: 170, render: (v: string | null, r) => <Flex gap={4} align="center"><DateText value={v} />{r.overdue && <CertOverdueTag />}</Flex> },
    { title: t('price.cases.resultYuan'), key: 'result', width: 170, align: 'right', render: (_, r) => (r.resultYuan === null ? '—' : <span data-testid={`cert-result-${r.id}`}>{yuan(r.resultYuan)}{r.method ? ` · ${r.method}` : ''}</span>) },
  ];
  const bar = (
    <Flex gap={8} wrap>
      <Input.Search allowClear value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => setP({ q: v.trim() })} placeholder={t('price.cases.search')} style={{ width: 280 }} maxLength={100} data-testid="cert-search" />
      <Select
        value={stage ?? ''}
        onChange={(v: string) => setP({ stage: v })}
        options={[{ value: '', label: t('price.cases.allStages') }, ...certStages.map((s) => ({ value: s, label: certStageLabels[s][lang] }))]}
        style={{ width: 150 }}
        data-testid="cert-stage-filter"
      />
    </Flex>
  );
  return (
    <ModulePage
      title={t('price.cases.title')}
      testId="cert-cases"
      bar={bar}
      extra={list.data?.abilities.write && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="cert-add">{t('price.cases.add')}</Button>}
      error={list.error}
      loading={!list.data && list.isPending}
      onRetry={() => void list.refetch()}
    >
      <Table<CertCase>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        onRow={(r) => ({ 'data-testid': `cert-row-${r.id}` }) as React.HTMLAttributes<HTMLTableRowElement>}
        data-testid="cert-table"
      />
      <CertCaseDrawer open={adding} onClose={() => setAdding(false)} onCreated={(c) => void navigate(`/prices/cases/${c.id}`)} />
    </ModulePage>
  );
}
