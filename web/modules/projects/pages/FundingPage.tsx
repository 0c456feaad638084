// 资金争取: the year's applications for central and municipal investment funds and bonds — totals by fund
// type (requested and granted, 万元), the applications with their stage, and the form to register or update one.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFunding } from '../api.ts';
import { FundingModal } from '../components/portfolio/FundingModal.tsx';
import { ProjPage, YearBar } from '../components/ProjPage.tsx';
import { useProjFormat } from '../hooks/useProjFormat.ts';
import { useProjYear } from '../hooks/useProjYear.ts';
import type { FundingRow } from '../types.ts';

const stageColors: Record<string, string> = { 谋划: 'default', 已申报: 'processing', 评审中: 'gold', 已下达: 'success', 未获批: 'error' };

export function FundingPage() {
  const { t } = useTranslation();
  const f = useProjFormat();
  const y = useProjYear();
  const funding = useFunding(y.year);
  const [editing, setEditing] = useState<{ row: FundingRow | null } | null>(null);
  const d = funding.data;
  const columns: TableColumnsType<FundingRow> = [
    { title: t('proj.funding.project'), key: 'project', render: (_, r) => <Link to={`/projects/${r.projectId}`}>{r.projectName}</Link> },
    { title: t('proj.funding.fundType'), dataIndex: 'fundType', width: 170, render: (v: string) => f.label('fundType', v) },
    { title: t('proj.funding.batch'), dataIndex: 'batch', width: 130 },
    { title: t('proj.funding.requestedWan'), dataIndex: 'amountRequested', width: 120, align: 'right', render: (v: number) => f.num(v) },
    { title: t('proj.funding.stage'), dataIndex: 'stage', width: 90, render: (v: string) => <Tag color={stageColors[v]}>{f.label('stage', v)}</Tag> },
    { title: t('proj.funding.grantedWan'), dataIndex: 'amountGranted', width: 120, align: 'right', render: (v: number | null) => f.num(v) },
    { title: t('proj.funding.note'), dataIndex: 'note', ellipsis: true },
    ...(d?.abilities.write ? [{ title: t('common.actions'), key: 'actions', width: 90, render: (_: unknown, r: FundingRow) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ row: r })} data-testid={`funding-edit-${r.id}`}>{t('common.edit')}</Button> }] : []),
  ];
  const requested = d?.byType.reduce((a, x) => a + x.requested, 0) ?? 0;
  const granted = d?.byType.reduce((a, x) => a + x.granted, 0) ?? 0;
  return (
    <ProjPage
      title={t('proj.funding.title')}
      testId="funding-page"
      bar={<YearBar year={y.year} years={y.years} onYear={y.setYear} />}
      extra={d?.abilities.write && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ row: null })} data-testid="funding-create">{t('proj.funding.create')}</Button>}
      error={funding.error}
      loading={!y.ready || !d}
      onRetry={() => void funding.refetch()}
    >
      {d && (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={12} md={8} xl={4}>
              <Card size="small" style={{ height: '100%', borderTop: '3px solid #1677ff' }} data-testid="funding-total">
                <Statistic title={t('proj.funding.total')} value={f.num(requested)} suffix={<small>{t('proj.unit.wan')}</small>} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('proj.funding.grantedLine', { value: f.wan(granted) })}</Typography.Text>
              </Card>
            </Col>
            {d.byType.map((x) => (
              <Col xs={12} md={8} xl={5} key={x.fundType}>
                <Card size="small" style={{ height: '100%' }} data-testid={`funding-type-${x.fundType}`}>
                  <Statistic title={`${f.label('fundType', x.fundType)} · ${t('proj.funding.count', { count: x.count })}`} value={f.num(x.requested)} suffix={<small>{t('proj.unit.wan')}</small>} styles={{ content: { fontSize: 20 } }} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('proj.funding.grantedLine', { value: f.wan(x.granted) })}</Typography.Text>
                </Card>
              </Col>
            ))}
          </Row>
          <Table<FundingRow> data-testid="funding-table" rowKey="id" size="small" columns={columns} dataSource={d.items} pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }} scroll={{ x: 1000 }} />
        </>
      )}
      <FundingModal year={y.year} state={editing} onClose={() => setEditing(null)} />
    </ProjPage>
  );
}
