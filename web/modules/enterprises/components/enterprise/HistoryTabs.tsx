// The enterprise's whole history in tabs: visits, demands with their states, policy applications,
// taxes (only with the tax permission) and the investment leads it referred.
import { Button, Card, Empty, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../../components/DateText.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { Application, EnterpriseDemand, EnterpriseDetail, Lead, Visit } from '../../types.ts';
import { DemandStateTag } from '../DemandStateTag.tsx';
import { TaxPanel } from './TaxPanel.tsx';

type Props = { e: EnterpriseDetail; onVisit: () => void; onDemand: () => void };

export function HistoryTabs({ e, onVisit, onDemand }: Props) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const visits = (
    <Table<Visit>
      size="small"
      rowKey="id"
      dataSource={e.visits}
      data-testid="ent-visits"
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('ent.visit.date'), dataIndex: 'visitedOn', width: 140, render: (v: string) => <DateText value={v} /> },
        { title: t('ent.visit.form'), dataIndex: 'form', width: 80, render: (v: string) => f.label('form', v) },
        { title: t('ent.visit.visitors'), dataIndex: 'visitors', width: 160 },
        {
          title: t('ent.visit.notes'),
          dataIndex: 'notes',
          render: (v: string | null) => (v === null ? <Typography.Text type="secondary">{t('ent.visit.notesHidden')}</Typography.Text> : v || '—'),
        },
      ]}
    />
  );
  const demands = (
    <Table<EnterpriseDemand>
      size="small"
      rowKey="id"
      dataSource={e.demands}
      data-testid="ent-enterprise-demands"
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('ent.demand.receivedOn'), dataIndex: 'receivedOn', width: 140, render: (v: string) => <DateText value={v} /> },
        { title: t('ent.demand.category'), dataIndex: 'category', width: 90, render: (v: string) => f.label('category', v) },
        { title: t('ent.demand.text'), dataIndex: 'text', render: (v: string, r) => <Link to={`/enterprises/demands/${r.id}`}>{v}</Link> },
        { title: t('ent.demand.handler'), dataIndex: 'handlerUnitName', render: (v: string | null) => v ?? '—' },
        { title: t('ent.demand.state'), dataIndex: 'state', render: (v: EnterpriseDemand['state']) => <DemandStateTag state={v} /> },
        { title: t('ent.demand.satisfaction'), dataIndex: 'satisfaction', render: (v: string | null) => f.label('satisfaction', v) },
      ]}
    />
  );
  const applications = (
    <Table<Application>
      size="small"
      rowKey="id"
      dataSource={e.applications}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('ent.policy.policy'), dataIndex: 'policyTitle', render: (v: string) => <Link to="/enterprises/policies">{v}</Link> },
        { title: t('ent.app.project'), dataIndex: 'project' },
        { title: t('ent.app.requested'), dataIndex: 'amountRequested', align: 'right', render: (v: number) => f.wan(v) },
        { title: t('ent.app.stage'), dataIndex: 'stage', render: (v: string) => <Tag>{f.label('appStage', v)}</Tag> },
        { title: t('ent.app.granted'), dataIndex: 'amountGranted', align: 'right', render: (v: number | null) => f.wan(v) },
      ]}
    />
  );
  const leads = (
    <Table<Lead>
      size="small"
      rowKey="id"
      dataSource={e.leads}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('ent.lead.target'), dataIndex: 'target' },
        { title: t('ent.field.industry'), dataIndex: 'industry', render: (v: string) => f.label('industry', v) },
        { title: t('ent.lead.stage'), dataIndex: 'stage', render: (v: string) => <Tag color="blue">{f.label('stage', v)}</Tag> },
        { title: t('ent.lead.expected'), dataIndex: 'expectedInvest', align: 'right', render: (v: number) => f.wan(v) },
        { title: t('ent.lead.owner'), dataIndex: 'ownerName' },
      ]}
    />
  );
  const count = (label: string, n: number) => `${label} (${n})`;
  return (
    <Card size="small" style={{ marginTop: 12 }}>
      <Tabs
        data-testid="ent-history"
        tabBarExtraContent={
          e.abilities.serve && (
            <span style={{ display: 'inline-flex', gap: 8 }}>
              <Button size="small" onClick={onDemand} data-testid="ent-demand-create">
                {t('ent.demand.create')}
              </Button>
              <Button size="small" type="primary" onClick={onVisit} data-testid="ent-visit-log">
                {t('ent.visit.log')}
              </Button>
            </span>
          )
        }
        items={[
          { key: 'visits', label: count(t('ent.detail.visits'), e.visits.length), children: visits },
          { key: 'demands', label: count(t('ent.detail.demands'), e.demands.length), children: demands },
          { key: 'applications', label: count(t('ent.detail.applications'), e.applications.length), children: e.applications.length ? applications : <Empty /> },
          ...(e.taxes !== null ? [{ key: 'taxes', label: t('ent.detail.taxes'), children: <TaxPanel e={e} /> }] : []),
          { key: 'leads', label: count(t('ent.detail.leads'), e.leads.length), children: e.leads.length ? leads : <Empty /> },
        ]}
      />
    </Card>
  );
}
