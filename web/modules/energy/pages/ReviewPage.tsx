// A review case: project, applicant, dates and deadline, the annual energy table with each line's
// coefficient and tce, the review-need verdict, expert opinions (and the form to add one), the opinion and
// conditions, the approval (.docx) once approved, acceptance against the approved figure, and the history.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Empty, Flex, List, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { positiveInt } from '../../../components/useUrlParams.ts';
import { energyPaths, useReview } from '../api.ts';
import { AcceptanceForm } from '../components/AcceptanceForm.tsx';
import { EnergyTable } from '../components/EnergyTable.tsx';
import { ExpertForm } from '../components/ExpertForm.tsx';
import { ReviewActions } from '../components/ReviewActions.tsx';
import { fmtInt, fmtPct, fmtTce, StageTag } from '../components/format.tsx';

export function ReviewPage() {
  const { t } = useTranslation();
  const id = positiveInt(useParams().id ?? '', 0);
  const q = useReview(id);
  const r = q.data;
  const title = (
    <Space>
      <Link to="/energy/reviews" aria-label={t('energy.reviews.back')}><ArrowLeftOutlined /></Link>
      <span>{t('energy.reviews.title')}</span>
      {r && <Typography.Text data-testid="energy-review-project-name">{r.projectName}</Typography.Text>}
      {r && <StageTag stage={r.stage} />}
      {r?.overdue && <Tag color="red">{t('energy.reviews.overdueTag')}</Tag>}
    </Space>
  );
  const extra = r && (
    <Space wrap>
      {r.abilities.document && <DownloadButton path={energyPaths.approval(r.id)} fileName={`节能审查意见-${r.projectName}.docx`} testId="energy-approval-docx">{t('energy.reviews.approval')}</DownloadButton>}
      <ReviewActions r={r} />
    </Space>
  );
  return (
    <ModulePage title={title} testId="energy-review" extra={extra} error={q.error} loading={q.isPending} onRetry={() => void q.refetch()}>
      {r && (
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={16}>
            <Flex vertical gap={12}>
              <Card size="small" title={t('energy.reviews.info')}>
                <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="energy-review-info">
                  <Descriptions.Item label={t('energy.col.project')}><Link to={`/projects/${r.projectId}`}>{r.projectName}</Link></Descriptions.Item>
                  <Descriptions.Item label={t('energy.col.applicant')}>{r.applicant}</Descriptions.Item>
                  <Descriptions.Item label={t('energy.col.town')}>{r.townName ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('energy.col.submittedOn')}><DateText value={r.submittedOn} /></Descriptions.Item>
                  <Descriptions.Item label={t('energy.col.dueOn')}><DateText value={r.dueOn} /></Descriptions.Item>
                  <Descriptions.Item label={t('energy.col.authority')}>{t(`energy.authority.${r.authority}`)}</Descriptions.Item>
                  <Descriptions.Item label={t('energy.reviews.opinionNo')}>{r.opinionNo ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('energy.reviews.opinionDate')}><DateText value={r.opinionDate} /></Descriptions.Item>
                  <Descriptions.Item label={`${t('energy.col.kwh')}`}>{fmtInt(r.electricityKwh)} kWh</Descriptions.Item>
                </Descriptions>
              </Card>
              <Card size="small" title={t('energy.reviews.energy')}>
                <EnergyTable lines={r.lines} tceDL={r.tceDl} tceDJ={r.tceDj} testId="energy-review-lines" />
                <Alert style={{ marginTop: 8 }} type={r.requiresReview ? 'warning' : 'info'} showIcon data-testid="energy-review-verdict"
                  title={t('energy.reviews.rule', { tce: r.tceDl.toFixed(2), exemptTce: r.thresholds.exemptTce, kwh: fmtInt(r.electricityKwh), exemptKwh: fmtInt(r.thresholds.exemptKwh), result: r.requiresReview ? `${t('energy.reviews.needs')}（${t(`energy.authority.${r.authority}`)}）` : t('energy.reviews.noNeed') })} />
              </Card>
              {r.returnReason && <Alert type="warning" showIcon title={t('energy.reviews.returnReason')} description={r.returnReason} />}
              {(r.opinion || r.conditions) && (
                <Card size="small" title={t('energy.reviews.opinion')} data-testid="energy-review-opinion">
                  <Typography.Paragraph>{r.opinion}</Typography.Paragraph>
                  {r.conditions && <><Typography.Text strong>{t('energy.reviews.conditions')}</Typography.Text><Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.conditions}</Typography.Paragraph></>}
                </Card>
              )}
              {(r.stage === 'verified' || r.abilities.verify) && (
                <Card size="small" title={t('energy.reviews.acceptance')} data-testid="energy-review-acceptance">
                  {r.stage === 'verified' && r.acceptanceLines ? (
                    <Flex vertical gap={8}>
                      <EnergyTable lines={r.acceptanceLines} tceDL={r.actualTce ?? 0} tceDJ={r.acceptanceLines.reduce((a, l) => a + l.tceDJ, 0)} testId="energy-acceptance-lines-table" />
                      <Alert type={r.acceptancePassed ? 'success' : 'error'} showIcon
                        title={`${t('energy.reviews.actual')} ${fmtTce(r.actualTce)} tce，${t('energy.reviews.deviation')} ${fmtPct(r.deviationPct)}（${r.acceptancePassed ? t('energy.reviews.passed') : t('energy.reviews.failed')}，${t('energy.factors.tolerance')} ${r.thresholds.acceptanceTolerancePct}）`} />
                    </Flex>
                  ) : <AcceptanceForm r={r} />}
                </Card>
              )}
            </Flex>
          </Col>
          <Col xs={24} xl={8}>
            <Flex vertical gap={12}>
              <Card size="small" title={t('energy.reviews.experts')} data-testid="energy-review-experts">
                {r.experts.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('energy.reviews.noExperts')} /> : (
                  <List size="small" dataSource={r.experts} renderItem={(e) => (
                    <List.Item><List.Item.Meta title={<Space>{e.expert}{e.org && <Typography.Text type="secondary">{e.org}</Typography.Text>}<Tag color={e.conclusion === '不同意' ? 'red' : 'green'}>{e.conclusion}</Tag></Space>} description={<><DateText value={e.givenOn} />：{e.opinion}</>} /></List.Item>
                  )} />
                )}
                {r.abilities.addExpert && <div style={{ marginTop: 12 }}><ExpertForm id={r.id} /></div>}
              </Card>
              <Card size="small" title={t('energy.reviews.events')} data-testid="energy-review-events">
                <Timeline items={r.events.map((ev) => ({
                  key: ev.id, color: ev.action === 'return' ? 'red' : ev.action === 'approve' || ev.action === 'verify' ? 'green' : 'blue',
                  content: (<div><Typography.Text strong>{t(`energy.action.${ev.action}`, { defaultValue: ev.action })}</Typography.Text><Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>{ev.byName} · <DateText value={ev.at} time /></Typography.Text>{ev.note !== t(`energy.stage.${ev.toStage}`) && <div>{ev.note}</div>}</div>),
                }))} />
              </Card>
            </Flex>
          </Col>
        </Row>
      )}
    </ModulePage>
  );
}
