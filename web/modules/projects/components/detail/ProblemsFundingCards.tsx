// The problems raised on a project (status, owner unit, due date; link to each) and its funding
// applications (fund type, batch, requested and granted 万元, stage).
import { Card, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProjFormat } from '../../hooks/useProjFormat.ts';
import type { FundingRow, ProjectDetail } from '../../types.ts';
import { ProblemStatusTag } from '../tags.tsx';

const openStatuses = ['open', 'scheduled', 'decided', 'escalated'];

export function ProjectProblemsCard({ project, extra }: { project: ProjectDetail; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Card size="small" title={t('proj.detail.problems')} extra={extra} data-testid="proj-problems">
      {project.problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proj.detail.noProblems')} />
      ) : (
        <List
          size="small"
          dataSource={project.problems}
          renderItem={(p) => (
            <List.Item key={p.id} data-testid={`proj-problem-${p.id}`}>
              <div style={{ minWidth: 0 }}>
                <Space wrap size={6}>
                  <ProblemStatusTag status={p.status} />
                  <Tag style={{ marginInlineEnd: 0 }}>{f.label('problemType', p.type)}</Tag>
                  <Link to={`/problems/${p.id}`}>{p.title}</Link>
                </Space>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('proj.problem.ownerLine', { unit: p.ownerUnitName, date: f.date(p.dueDate) })}
                  </Typography.Text>
                  {openStatuses.includes(p.status) && p.dueDate < today && <Tag color="red" style={{ marginInlineStart: 6 }}>{t('proj.problem.overdue')}</Tag>}
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function ProjectFundingCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const f = useProjFormat();
  return (
    <Card size="small" title={t('proj.detail.funding')} extra={<Link to={`/projects/funding?year=${project.year}`}>{t('proj.dash.all')}</Link>} data-testid="proj-funding">
      <Table<FundingRow>
        size="small"
        rowKey="id"
        dataSource={project.funding}
        pagination={false}
        locale={{ emptyText: t('proj.detail.noFunding') }}
        columns={[
          { title: t('proj.funding.fundType'), dataIndex: 'fundType', render: (v: string) => f.label('fundType', v) },
          { title: t('proj.funding.batch'), dataIndex: 'batch' },
          { title: t('proj.funding.requestedWan'), dataIndex: 'amountRequested', align: 'right', render: (v: number) => f.num(v) },
          { title: t('proj.funding.grantedWan'), dataIndex: 'amountGranted', align: 'right', render: (v: number | null) => f.num(v) },
          { title: t('proj.funding.stage'), dataIndex: 'stage', render: (v: string) => <Tag>{f.label('stage', v)}</Tag> },
        ]}
      />
    </Card>
  );
}
