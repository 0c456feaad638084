// 营商环境评价: results by scheme (B-READY, national, municipal), year and indicator — score, rank of how
// many, last year's rank and whether the rank rose (排名提升 = rank < last year's); the division records results.
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Segmented, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useEvaluations } from '../api.ts';
import { EvalModal } from '../components/business/EvalModal.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useEntFormat } from '../hooks/useEntFormat.ts';
import type { EvalInput, EvalRow } from '../types.ts';

export function EvaluationsPage() {
  const { t } = useTranslation();
  const f = useEntFormat();
  const q = useEvaluations();
  const d = q.data;
  const [params, setParams] = useSearchParams();
  const [modal, setModal] = useState<Partial<EvalInput> | null>(null);
  const years = [...new Set((d?.items ?? []).map((r) => r.year))].sort((a, b) => b - a);
  const year = Number(params.get('year')) || years[0] || 0;
  const rows = (d?.items ?? []).filter((r) => r.year === year);
  const ranked = rows.filter((r) => r.improved !== null);
  return (
    <ModulePage
      title={t('ent.eval.title')}
      testId="ent-evaluations"
      bar={years.length > 0 && <Segmented size="small" value={year} onChange={(v) => setParams({ year: String(v) })} options={years.map((y) => ({ value: y, label: t('ent.year.option', { year: y }) }))} />}
      extra={
        <>
          <Link to="/plan/tasks?tag=营商">
            <Button>{t('ent.dash.reformTasks')}</Button>
          </Link>
          {d?.abilities.write && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ year })}>
              {t('ent.eval.record')}
            </Button>
          )}
        </>
      }
      error={q.error}
      loading={!d}
      onRetry={() => void q.refetch()}
    >
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={8}>
          <Card size="small">
            <Statistic title={t('ent.eval.indicators')} value={rows.length} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic title={t('ent.eval.improvedCount')} value={ranked.filter((r) => r.improved).length} suffix={`/ ${ranked.length}`} styles={{ content: { color: '#389e0d' } }} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic title={t('ent.eval.fellCount')} value={ranked.filter((r) => r.improved === false && r.rank !== r.prevRank).length} styles={{ content: { color: '#cf1322' } }} />
          </Card>
        </Col>
      </Row>
      <Table<EvalRow>
        size="small"
        rowKey="id"
        dataSource={rows}
        data-testid="ent-eval-table"
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('ent.eval.scheme'), dataIndex: 'scheme', render: (v: string) => f.label('scheme', v) },
          { title: t('ent.eval.indicator'), dataIndex: 'indicator' },
          { title: t('ent.eval.score'), dataIndex: 'score', align: 'right', render: (v: number | null) => f.num(v, 2) },
          { title: t('ent.eval.rank'), key: 'rank', align: 'right', render: (_: unknown, r) => (r.rank === null ? '—' : r.rankOf ? t('ent.eval.rankOfLine', { rank: r.rank, of: r.rankOf }) : r.rank) },
          { title: t('ent.eval.prevRank'), dataIndex: 'prevRank', align: 'right', render: (v: number | null) => v ?? '—' },
          {
            title: t('ent.eval.change'),
            key: 'change',
            render: (_: unknown, r) =>
              r.improved === null || r.prevRank === null || r.rank === null ? (
                '—'
              ) : r.improved ? (
                <Tag color="success" icon={<ArrowUpOutlined />}>{t('ent.eval.up', { n: r.prevRank - r.rank })}</Tag>
              ) : r.rank === r.prevRank ? (
                <Tag>{t('ent.eval.same')}</Tag>
              ) : (
                <Tag color="error" icon={<ArrowDownOutlined />}>{t('ent.eval.down', { n: r.rank - r.prevRank })}</Tag>
              ),
          },
          ...(d?.abilities.write ? [{ title: '', key: 'a', render: (_: unknown, r: EvalRow) => <Button size="small" type="link" onClick={() => setModal({ scheme: r.scheme, year: r.year, indicator: r.indicator, score: r.score, rank: r.rank, rankOf: r.rankOf })}>{t('common.edit')}</Button> }] : []),
        ]}
      />
      <EvalModal open={modal !== null} initial={modal} onClose={() => setModal(null)} />
    </ModulePage>
  );
}
