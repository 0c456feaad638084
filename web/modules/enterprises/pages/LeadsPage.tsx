// 以商招商: leads referred by served enterprises, the pipeline funnel with stage conversions, the expected
// investment, and the leads table (create and update for the division).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { leadStages } from '../../../../common/enterprises.ts';
import { useEnterpriseNames, useLeads } from '../api.ts';
import { FunnelChart } from '../components/business/FunnelChart.tsx';
import { LeadModal, type LeadModalState } from '../components/business/LeadModal.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useEntFormat } from '../hooks/useEntFormat.ts';
import { useEntYear } from '../hooks/useEntYear.ts';
import type { Lead } from '../types.ts';

export function LeadsPage() {
  const { t } = useTranslation();
  const f = useEntFormat();
  const q = useLeads();
  const d = q.data;
  const [modal, setModal] = useState<LeadModalState>(null);
  const [params, setParams] = useSearchParams();
  const stage = (leadStages as readonly string[]).includes(params.get('stage') ?? '') ? params.get('stage') : null;
  const rows = (d?.items ?? []).filter((l) => !stage || l.stage === stage);
  const y = useEntYear();
  const referrers = useEnterpriseNames(y.year, !!modal && y.ready);
  const signed = d?.funnel.find((s) => s.stage === '签约')?.count ?? 0;
  return (
    <ModulePage
      title={t('ent.lead.title')}
      testId="ent-leads"
      extra={
        d?.abilities.write && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ lead: null })} data-testid="ent-lead-create">
            {t('ent.lead.create')}
          </Button>
        )
      }
      error={q.error}
      loading={!d}
      onRetry={() => void q.refetch()}
    >
      {d && (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={24} lg={9}>
              <Row gutter={[12, 12]}>
                {[
                  { k: 'total', v: d.items.length },
                  { k: 'signed', v: signed },
                  { k: 'referred', v: d.items.filter((l) => l.referrerEnterpriseId).length },
                  { k: 'expected', v: f.wan(d.expectedInvest) },
                ].map((x) => (
                  <Col key={x.k} span={12}>
                    <Card size="small">
                      <Statistic title={t(`ent.lead.kpi.${x.k}`)} value={x.v} styles={{ content: { fontSize: 20 } }} />
                    </Card>
                  </Col>
                ))}
              </Row>
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 13 }}>
                {t('ent.lead.explain')}
              </Typography.Paragraph>
            </Col>
            <Col xs={24} lg={15}>
              <Card size="small" title={t('ent.lead.funnel')}>
                <FunnelChart funnel={d.funnel} />
              </Card>
            </Col>
          </Row>
          <Select
            allowClear
            value={stage ?? undefined}
            placeholder={t('ent.lead.stage')}
            onChange={(v?: string) => setParams(v ? { stage: v } : {})}
            options={leadStages.map((s) => ({ value: s, label: f.label('stage', s) }))}
            style={{ width: 160, marginBottom: 8 }}
          />
          <Table<Lead>
            size="small"
            rowKey="id"
            dataSource={rows}
            data-testid="ent-lead-table"
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t('ent.lead.target'), dataIndex: 'target' },
              { title: t('ent.lead.referrer'), dataIndex: 'referrerName', render: (v: string | null, r) => (v && r.referrerEnterpriseId ? <Link to={`/enterprises/${r.referrerEnterpriseId}`}>{v}</Link> : '—') },
              { title: t('ent.field.industry'), dataIndex: 'industry', render: (v: string) => f.label('industry', v) },
              { title: t('ent.field.zone'), dataIndex: 'zone', render: (v: string) => f.label('zone', v) },
              { title: t('ent.lead.stage'), dataIndex: 'stage', render: (v: string) => <Tag color="blue">{f.label('stage', v)}</Tag> },
              { title: t('ent.lead.expected'), dataIndex: 'expectedInvest', align: 'right', render: (v: number) => f.wan(v) },
              { title: t('ent.lead.owner'), dataIndex: 'ownerName' },
              { title: t('ent.lead.note'), dataIndex: 'note', width: 200, ellipsis: true },
              ...(d.abilities.write ? [{ title: t('common.actions'), key: 'a', fixed: 'right' as const, render: (_: unknown, r: Lead) => <Button size="small" type="link" onClick={() => setModal({ lead: r })}>{t('common.edit')}</Button> }] : []),
            ]}
          />
          <LeadModal state={modal} referrers={referrers.data ?? []} onClose={() => setModal(null)} />
        </>
      )}
    </ModulePage>
  );
}
