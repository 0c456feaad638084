// 我的服务企业 (the steward's own page): my enterprises with the visits still due this year, my open
// demands with what each waits for, and a quick "log a visit".
import { FormOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Statistic } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../common/limits.ts';
import { useDemands, useRoster } from '../api.ts';
import { DemandTable } from '../components/demands/DemandTable.tsx';
import { VisitModal } from '../components/enterprise/VisitModal.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { EnterpriseTable } from '../components/roster/EnterpriseTable.tsx';
import { YearSelect } from '../components/YearSelect.tsx';
import { useEntYear } from '../hooks/useEntYear.ts';
import type { RosterRow } from '../types.ts';

const openStates = ['received', 'dispatched', 'in_progress', 'answered', 'evaluated', 'returned'];

export function MyEnterprisesPage() {
  const { t } = useTranslation();
  const y = useEntYear();
  const mine = useRoster({ year: y.year, mine: 1, page: 1, pageSize: limits.pageSizeMax }, y.ready);
  // /api/demands has no "open" filter: a steward's demands fit one page, filtered here.
  const demands = useDemands({ page: 1, pageSize: limits.pageSizeMax });
  const [visiting, setVisiting] = useState<RosterRow | 'pick' | null>(null);
  const [page, setPage] = useState({ page: 1, size: 10 });
  const rows = useMemo(() => [...(mine.data?.items ?? [])].sort((a, b) => b.visitsDue - a.visitsDue || a.visits - b.visits), [mine.data]);
  const myIds = useMemo(() => new Set(rows.map((r) => r.id)), [rows]);
  const open = (demands.data?.items ?? []).filter((d) => openStates.includes(d.state) && myIds.has(d.enterpriseId));
  const kpis = [
    { key: 'count', value: rows.length },
    { key: 'unvisited', value: rows.filter((r) => r.visits === 0).length, color: '#cf1322' },
    { key: 'due', value: rows.reduce((a, r) => a + r.visitsDue, 0), color: '#d48806' },
    { key: 'open', value: open.length, color: '#1677ff' },
  ];
  return (
    <ModulePage
      title={t('ent.mine.title')}
      testId="ent-mine"
      bar={<YearSelect year={y.year} years={y.years} onYear={y.setYear} note={mine.data ? t('ent.dash.rule', { n: mine.data.minVisits }) : undefined} />}
      extra={
        <Button type="primary" icon={<FormOutlined />} onClick={() => setVisiting('pick')} disabled={!rows.some((r) => r.abilities.serve)} data-testid="ent-mine-log">
          {t('ent.visit.log')}
        </Button>
      }
      error={mine.error}
      loading={!y.ready || !mine.data}
      onRetry={() => void mine.refetch()}
    >
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {kpis.map((k) => (
          <Col key={k.key} xs={12} lg={6}>
            <Card size="small" data-testid={`ent-mine-kpi-${k.key}`}>
              <Statistic title={t(`ent.mine.kpi.${k.key}`)} value={k.value} styles={{ content: { color: k.color } }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('ent.mine.enterprises')} style={{ marginBottom: 12 }}>
        <EnterpriseTable
          testId="ent-mine-table"
          items={rows.slice((page.page - 1) * page.size, page.page * page.size)}
          total={rows.length}
          page={page.page}
          pageSize={page.size}
          minVisits={mine.data?.minVisits ?? 1}
          loading={mine.isFetching}
          onPage={(p, s) => setPage({ page: p, size: s })}
          onVisit={(r) => setVisiting(r)}
        />
      </Card>
      <Card size="small" title={t('ent.mine.demands', { count: open.length })}>
        <DemandTable items={open} loading={demands.isFetching} testId="ent-mine-demands" />
      </Card>
      <VisitModal
        open={visiting !== null}
        onClose={() => setVisiting(null)}
        enterprise={visiting === 'pick' ? null : visiting}
        choices={rows.filter((r) => r.abilities.serve).map((r) => ({ id: r.id, name: r.name }))}
      />
    </ModulePage>
  );
}
