// 开门红: does the year start strong? Each indicator's first quarter against the annual target, last
// year's first quarter and 25% time progress, with city rank.
import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpening } from '../api.ts';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { EconYearBar } from '../components/EconYearBar.tsx';
import { FormulaButton } from '../components/FormulaDrawer.tsx';
import { OpeningTable } from '../components/opening/OpeningTable.tsx';
import { useEconYear } from '../hooks/useEconYear.ts';

export function OpeningPage() {
  const { t } = useTranslation();
  const y = useEconYear();
  const q = useOpening(y.year);
  const items = q.data?.items ?? [];
  const judged = items.filter((r) => r.q1 && r.targetPct !== null);
  const counts = [
    { key: 'judged', value: judged.length, color: '#595959' },
    { key: 'red', value: judged.filter((r) => r.red).length, color: '#b7202e' },
    { key: 'growthMet', value: judged.filter((r) => r.growthMet).length, color: '#52c41a' },
    { key: 'missed', value: judged.filter((r) => !r.red).length, color: '#fa8c16' },
  ];
  return (
    <ModulePage
      title={t('econ.opening.title')}
      testId="econ-opening"
      bar={<EconYearBar year={y.year} years={y.years} onYear={y.setYear} />}
      extra={<FormulaButton />}
      error={q.error}
      loading={!y.ready || !q.data}
      onRetry={() => void q.refetch()}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('econ.opening.rule')} />
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {counts.map((c) => (
          <Col key={c.key} xs={12} md={6}>
            <Card size="small" style={{ borderTop: `3px solid ${c.color}` }} data-testid={`econ-opening-kpi-${c.key}`}>
              <Statistic title={t(`econ.opening.kpi.${c.key}`)} value={c.value} styles={{ content: { color: c.color, fontWeight: 600 } }} />
            </Card>
          </Col>
        ))}
      </Row>
      <OpeningTable items={items} year={y.year} />
    </ModulePage>
  );
}
