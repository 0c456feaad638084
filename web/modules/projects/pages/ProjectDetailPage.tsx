// 项目详情: header figures, the milestone timeline (the responsible unit records actual dates), monthly
// investment reports with the entry drawer and review, the problems raised on it and its funding.
import { AlertOutlined, ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useProject } from '../api.ts';
import { MilestoneCard } from '../components/detail/MilestoneCard.tsx';
import { ProjectFundingCard, ProjectProblemsCard } from '../components/detail/ProblemsFundingCards.tsx';
import { ProjectHeader } from '../components/detail/ProjectHeader.tsx';
import { defaultPeriod, ReportDrawer } from '../components/detail/ReportDrawer.tsx';
import { ReportsCard } from '../components/detail/ReportsCard.tsx';
import { ProjectDrawer } from '../components/list/ProjectDrawer.tsx';
import { ProblemFormModal } from '../components/problems/ProblemFormModal.tsx';
import { ProjPage } from '../components/ProjPage.tsx';
import type { ProjectDetail } from '../types.ts';

export function ProjectDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const project = useProject(Number.isInteger(id) ? id : 0);
  const year = project.data?.year;
  return (
    <ProjPage
      title={<Link to={year ? `/projects/list?year=${year}` : '/projects/list'} style={{ fontSize: 14, fontWeight: 400 }}><ArrowLeftOutlined /> {t('proj.list.title')}</Link>}
      testId="proj-detail"
      error={project.error}
      loading={!project.data}
      onRetry={() => void project.refetch()}
    >
      {project.data && <DetailBody project={project.data} />}
    </ProjPage>
  );
}

function DetailBody({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [reportPeriod, setReportPeriod] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [raising, setRaising] = useState(false);
  return (
    <>
      <ProjectHeader project={project} onEdit={() => setEditing(true)} onReport={() => setReportPeriod(defaultPeriod(project) ?? '')} onRaise={() => setRaising(true)} />
      <Row gutter={[12, 12]}>
        <Col xs={24}>
          <ReportsCard project={project} onEdit={setReportPeriod} />
        </Col>
        <Col xs={24} xl={9}>
          <MilestoneCard project={project} />
        </Col>
        <Col xs={24} xl={15}>
          <Flex vertical gap={12}>
            <ProjectProblemsCard
              project={project}
              extra={project.abilities.raiseProblem && <Button size="small" icon={<AlertOutlined />} onClick={() => setRaising(true)}>{t('proj.problem.raise')}</Button>}
            />
            <ProjectFundingCard project={project} />
          </Flex>
        </Col>
      </Row>
      <ReportDrawer project={project} period={reportPeriod || null} open={reportPeriod !== null} onClose={() => setReportPeriod(null)} />
      <ProjectDrawer state={editing ? { mode: 'edit', id: project.id } : null} onClose={() => setEditing(false)} />
      <ProblemFormModal open={raising} project={project} onClose={() => setRaising(false)} onRaised={(p) => void navigate(`/problems/${p.id}`)} />
    </>
  );
}
