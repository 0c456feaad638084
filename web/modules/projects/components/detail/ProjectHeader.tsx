// Head of a project page: name, code, category, status and why; the facts; the year's figures (plan split
// into 建安 / equipment / other, completed, 建安 completed, completion against expected); and the actions
// its abilities allow (edit, report investment, raise a problem).
import { AlertOutlined, EditOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProgressCompare } from '../../../workplan/components/ProgressCompare.tsx';
import { StatusTag, useReasonText } from '../../../workplan/components/status.tsx';
import { figuresMonth, useProjFormat } from '../../hooks/useProjFormat.ts';
import type { ProjectDetail } from '../../types.ts';
import { CategoryTag } from '../tags.tsx';

type Props = { project: ProjectDetail; onEdit: () => void; onReport: () => void; onRaise: () => void };

export function ProjectHeader({ project: p, onEdit, onReport, onRaise }: Props) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const reason = useReasonText();
  return (
    <div style={{ marginBottom: 12 }} data-testid="proj-header">
      <Flex justify="space-between" wrap gap={8} align="start">
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary" copyable data-testid="proj-code">{p.code}</Typography.Text>
          <Typography.Title level={4} style={{ margin: '4px 0 8px' }} data-testid="proj-name">{p.name}</Typography.Title>
          <Space wrap size={6}>
            <CategoryTag category={p.category} />
            <StatusTag status={p.status} reasons={p.reasons} testId="proj-status" />
            {p.missedStart && <Tag color="red">{t('proj.col.missedStart')}</Tag>}
            {p.statsRegistered && <Tag color="blue">{t('proj.field.statsRegistered')}</Tag>}
            <Typography.Text type="secondary">{p.reasons.map(reason).join(t('proj.listSep'))}</Typography.Text>
          </Space>
        </div>
        <Space wrap>
          {p.abilities.report && <Button type="primary" icon={<FormOutlined />} onClick={onReport} data-testid="proj-report-open">{t('proj.report.open')}</Button>}
          {p.abilities.raiseProblem && <Button icon={<AlertOutlined />} onClick={onRaise} data-testid="proj-raise">{t('proj.problem.raise')}</Button>}
          {p.abilities.update && <Button icon={<EditOutlined />} onClick={onEdit} data-testid="proj-edit">{t('common.edit')}</Button>}
        </Space>
      </Flex>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('proj.detail.facts')} style={{ height: '100%' }}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label={t('proj.field.nature')}>{f.label('nature', p.nature)}</Descriptions.Item>
              <Descriptions.Item label={t('proj.field.sector')}>{f.label('sector', p.sector)}</Descriptions.Item>
              <Descriptions.Item label={t('proj.field.town')}>{p.townName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('proj.field.tags')}>{p.tags.length ? p.tags.map((x) => f.label('tag', x)).join(t('proj.listSep')) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('proj.field.owner')}>{p.ownerName}</Descriptions.Item>
              <Descriptions.Item label={t('proj.field.responsibleUnit')}>{p.responsibleUnitName}</Descriptions.Item>
              <Descriptions.Item label={t('proj.field.leader')}>{p.leaderName}</Descriptions.Item>
              <Descriptions.Item label={t('proj.field.totalInvestment')}>{f.wan(p.totalInvestment)}</Descriptions.Item>
              <Descriptions.Item label={t('proj.field.completedBefore')}>{f.wan(p.completedBefore)}</Descriptions.Item>
              <Descriptions.Item label={t('proj.detail.sinceStart')}>{f.wan(p.cumulativeSinceStart)}</Descriptions.Item>
              {p.description && <Descriptions.Item label={t('proj.field.description')} span={2}>{p.description}</Descriptions.Item>}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('proj.detail.figures', { year: p.year, month: f.month(figuresMonth(p.asOf)) })} style={{ height: '100%' }} data-testid="proj-figures">
            <Row gutter={[8, 8]}>
              <Col span={8}><Statistic title={t('proj.detail.plan')} value={f.num(p.plan)} suffix={<small>{t('proj.unit.wan')}</small>} styles={{ content: { fontSize: 18 } }} /></Col>
              <Col span={8}><Statistic title={t('proj.detail.cum')} value={f.num(p.cum)} suffix={<small>{t('proj.unit.wan')}</small>} styles={{ content: { fontSize: 18 } }} data-testid="proj-cum" /></Col>
              <Col span={8}><Statistic title={t('proj.detail.cumConstruction')} value={f.num(p.cumConstruction)} suffix={<small>{t('proj.unit.wan')}</small>} styles={{ content: { fontSize: 18 } }} /></Col>
            </Row>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0' }}>
              {t('proj.detail.planSplit', { c: f.wan(p.planConstruction), e: f.wan(p.planEquipment), o: f.wan(p.planOther) })}
              {p.constructionSharePct !== null && ` · ${t('proj.detail.constructionShare', { pct: f.pct(p.constructionSharePct) })}`}
            </Typography.Paragraph>
            <Flex gap={8} align="center">
              <Typography.Text>{t('proj.col.completionVsExpected')}</Typography.Text>
              <ProgressCompare actual={p.completionPct} expected={p.expectedPct} status={p.status} width={200} />
            </Flex>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
