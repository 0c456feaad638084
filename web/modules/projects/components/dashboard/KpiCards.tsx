// Headline figures of the roll-up: projects, annual plan, completed, 建安 completed, completion against
// time progress, and the projects by traffic light (a colour opens the library filtered to it).
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProgressCompare } from '../../../workplan/components/ProgressCompare.tsx';
import { statusColors } from '../../../workplan/components/status.tsx';
import { figuresMonth, useProjFormat } from '../../hooks/useProjFormat.ts';
import type { ProjectStatus, Rollup } from '../../types.ts';

const statuses: ProjectStatus[] = ['red', 'yellow', 'green', 'grey'];

export function KpiCards({ data }: { data: Rollup }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const navigate = useNavigate();
  const x = data.totals;
  const money = (key: string, value: number, sub: string, raw: number) => (
    <Col xs={12} md={8} xl={4} key={key}>
      <Card size="small" style={{ height: '100%', borderTop: '3px solid #1677ff' }} data-testid={`proj-kpi-${key}`} data-value={raw}>
        <Statistic title={t(`proj.kpi.${key}`)} value={f.num(value / 10000, 2)} suffix={<span style={{ fontSize: 14 }}>{t('proj.unit.yi')}</span>} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{sub}</Typography.Text>
      </Card>
    </Col>
  );
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      <Col xs={12} md={8} xl={4}>
        <Card size="small" style={{ height: '100%', borderTop: '3px solid #8c8c8c' }} data-testid="proj-kpi-projects" data-value={x.projects}>
          <Statistic title={t('proj.kpi.projects')} value={x.projects} suffix={<span style={{ fontSize: 14 }}>{t('proj.unit.projects')}</span>} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('proj.kpi.asOf', { month: f.month(figuresMonth(data.asOf)) })}</Typography.Text>
        </Card>
      </Col>
      {money('plan', x.plan, t('proj.kpi.planSub', { value: f.yi(x.planConstruction) }), x.plan)}
      {money('cum', x.cum, t('proj.kpi.cumSub', { pct: f.pct(x.completionPct) }), x.cum)}
      {money('cumConstruction', x.cumConstruction, t('proj.kpi.cumConstructionSub', { pct: f.pct(x.constructionCompletionPct) }), x.cumConstruction)}
      <Col xs={24} md={16} xl={8}>
        <Card size="small" style={{ height: '100%', borderTop: `3px solid ${(x.completionPct ?? 0) >= x.timeProgressPct ? statusColors.green : statusColors.yellow}` }} data-testid="proj-kpi-progress" data-value={x.completionPct ?? ''}>
          <Typography.Text type="secondary">{t('proj.kpi.progress')}</Typography.Text>
          <div style={{ marginTop: 4 }}>
            <ProgressCompare actual={x.completionPct} expected={x.timeProgressPct} status={(x.completionPct ?? 0) >= x.timeProgressPct ? 'green' : 'yellow'} width={1000} />
          </div>
          <Row gutter={8} style={{ marginTop: 6 }}>
            {statuses.map((s) => (
              <Col span={6} key={s}>
                <a onClick={() => void navigate(`/projects/list?year=${data.year}&status=${s}`)} data-testid={`proj-kpi-${s}`} data-value={x.byStatus[s]}>
                  <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: statusColors[s], marginInlineEnd: 4 }} />
                  <span style={{ color: 'rgba(0,0,0,0.65)' }}>{t(`plan.status.${s}`)}</span> <strong style={{ color: s === 'grey' ? '#595959' : statusColors[s] }}>{x.byStatus[s]}</strong>
                </a>
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
    </Row>
  );
}
