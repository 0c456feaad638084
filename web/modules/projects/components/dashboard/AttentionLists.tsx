// What needs attention: projects that missed their planned start (links to them), and the bottlenecks
// holding each sector back — open problems by type, overdue ones flagged — linking to the ledger.
import { Card, Collapse, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import type { Rollup } from '../../types.ts';
import { OverdueTag } from '../tags.tsx';

export function MissedStarts({ data }: { data: Rollup }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<Space size={6}>{t('proj.dash.missedStarts')}<Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="proj-missed-count">{data.missedStarts.length}</Tag></Space>} style={{ height: '100%' }} data-testid="proj-missed" extra={<Link to={`/projects/list?year=${data.year}&missedStart=1`}>{t('proj.dash.all')}</Link>}>
      {data.missedStarts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proj.dash.noMissed')} />
      ) : (
        <List
          size="small"
          dataSource={data.missedStarts}
          pagination={data.missedStarts.length > 8 ? { pageSize: 8, size: 'small' } : false}
          renderItem={(p) => (
            <List.Item key={p.id} extra={p.openProblems > 0 && <Tag color="orange">{t('proj.dash.openProblems', { count: p.openProblems })}</Tag>}>
              <List.Item.Meta title={<Link to={`/projects/${p.id}`} data-testid={`proj-missed-${p.id}`}>{p.name}</Link>} description={p.responsibleUnitName} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function Factors({ data }: { data: Rollup }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  return (
    <Card size="small" title={t('proj.dash.factors')} data-testid="proj-factors" extra={<Link to="/problems?status=open">{t('proj.dash.ledger')}</Link>}>
      {data.factors.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proj.dash.noFactors')} />
      ) : (
        <Collapse
          size="small"
          items={data.factors.map((s) => ({
            key: s.sector,
            label: (
              <Flex wrap gap={6} align="center">
                <Typography.Text strong style={{ minWidth: 80 }}>{f.label('sector', s.sector)}</Typography.Text>
                <Typography.Text type="secondary">{t('proj.dash.factorCount', { count: s.total })}</Typography.Text>
                {Object.entries(s.byType).map(([type, n]) => (
                  <Tag key={type} style={{ marginInlineEnd: 0 }}>{`${f.label('problemType', type)} ${n}`}</Tag>
                ))}
                {s.items.some((i) => i.overdue) && <Tag color="red">{t('proj.dash.overdueCount', { count: s.items.filter((i) => i.overdue).length })}</Tag>}
              </Flex>
            ),
            children: (
              <List
                size="small"
                dataSource={s.items}
                renderItem={(i) => (
                  <List.Item key={i.problemId}>
                    <Space wrap size={6}>
                      <Tag style={{ marginInlineEnd: 0 }}>{f.label('problemType', i.type)}</Tag>
                      <Link to={`/problems/${i.problemId}`}>{i.title}</Link>
                      <Typography.Text type="secondary">{t('proj.problem.dueOn', { date: f.date(i.dueDate) })}</Typography.Text>
                      <OverdueTag overdue={i.overdue} />
                    </Space>
                  </List.Item>
                )}
              />
            ),
          }))}
        />
      )}
    </Card>
  );
}
