// A certification case: the request (requester, dates, certifiers, due date and overdue flag), the items,
// the result once concluded, the trail of events and the next steps its stage allows; the conclusion
// (.docx) downloads once concluded or delivered.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Space, Table, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { positiveInt } from '../../../components/useUrlParams.ts';
import { pricesPaths, useCertCase, useCertCases } from '../api.ts';
import { CertActions } from '../components/cert/CertActions.tsx';
import { CertOverdueTag, CertStageTag, useYuan } from '../components/cert/CertTags.tsx';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import type { CertItem } from '../types.ts';
import { certStageLabels } from '../../../../common/prices.ts';

// A step without a note is recorded with its stage's label, which the step's own name already says.
const stageNotes = new Set(Object.values(certStageLabels).map((l) => l.zh));

export function CertCasePage() {
  const { t } = useTranslation();
  const yuan = useYuan();
  const id = positiveInt(useParams().id ?? '', 0);
  const detail = useCertCase(id);
  // The detail carries no abilities; the list's (same user) says whether the user may act.
  const write = !!useCertCases({}).data?.abilities.write;
  const c = detail.data;
  const done = c && (c.stage === 'concluded' || c.stage === 'delivered');
  const title = (
    <Space>
      <Link to="/prices/cases" aria-label={t('price.cases.back')}>
        <ArrowLeftOutlined />
      </Link>
      <span>{t('price.cases.title')}</span>
      {c && <Typography.Text data-testid="cert-case-no">{c.caseNo}</Typography.Text>}
      {c && <CertStageTag stage={c.stage} />}
      {c?.overdue && <CertOverdueTag />}
    </Space>
  );
  const extra = c && (
    <Space wrap>
      {done && <DownloadButton path={pricesPaths.conclusion(c.id)} fileName={`价格认定结论书-${c.caseNo}.docx`} testId="cert-conclusion">{t('price.cases.conclusion')}</DownloadButton>}
      {write && <CertActions c={c} />}
    </Space>
  );
  return (
    <ModulePage title={title} testId="cert-case" extra={extra} error={detail.error} loading={detail.isPending} onRetry={() => void detail.refetch()}>
      {c && (
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={16}>
            <Flex vertical gap={12}>
              <Card size="small">
                <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="cert-case-info">
                  <Descriptions.Item label={t('price.cases.requesterOrg')}>{c.requesterOrg}</Descriptions.Item>
                  <Descriptions.Item label={t('price.cases.requesterType')}>{c.requesterType}</Descriptions.Item>
                  <Descriptions.Item label={t('price.cases.certifiers')}>{c.certifiers || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('price.cases.receivedOn')}><DateText value={c.receivedOn} /></Descriptions.Item>
                  <Descriptions.Item label={t('price.cases.acceptedOn')}><DateText value={c.acceptedOn} /></Descriptions.Item>
                  <Descriptions.Item label={t('price.cases.baseDate')}><DateText value={c.baseDate} /></Descriptions.Item>
                  <Descriptions.Item label={t('price.cases.dueOn')}><DateText value={c.dueOn} /></Descriptions.Item>
                  <Descriptions.Item label={t('price.cases.concludedOn')}><DateText value={c.concludedOn} /></Descriptions.Item>
                  <Descriptions.Item label={t('price.cases.deliveredOn')}><DateText value={c.deliveredOn} /></Descriptions.Item>
                  <Descriptions.Item label={t('price.cases.method')}>{c.method ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('price.cases.resultYuan')}><span data-testid="cert-case-result">{yuan(c.resultYuan)}</span></Descriptions.Item>
                </Descriptions>
              </Card>
              <Card size="small" title={t('price.cases.items')}>
                <Table<CertItem>
                  rowKey={(_, i) => String(i)}
                  size="small"
                  pagination={false}
                  dataSource={c.items}
                  data-testid="cert-case-items"
                  columns={[
                    { title: t('price.cases.itemName'), dataIndex: 'name' },
                    { title: t('price.cases.itemSpec'), dataIndex: 'spec', render: (v: string) => v || '—' },
                    { title: t('price.cases.quantity'), dataIndex: 'quantity', align: 'right', width: 100 },
                    { title: t('price.cases.condition'), dataIndex: 'condition', render: (v: string) => v || '—' },
                  ]}
                />
              </Card>
            </Flex>
          </Col>
          <Col xs={24} xl={8}>
            <Card size="small" title={t('price.cases.events')} data-testid="cert-case-events">
              <Timeline
                items={c.events.map((ev) => ({
                  key: ev.id,
                  color: ev.action === 'reject' || ev.action === 'terminate' ? 'red' : ev.action === 'conclude' || ev.action === 'deliver' ? 'green' : 'blue',
                  content: (
                    <div>
                      <Typography.Text strong>{t(`price.action.${ev.action}`, { defaultValue: ev.action })}</Typography.Text>
                      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>{ev.byName} · <DateText value={ev.at} time /></Typography.Text>
                      {ev.note && !stageNotes.has(ev.note) && <div>{ev.note}</div>}
                    </div>
                  ),
                }))}
              />
            </Card>
          </Col>
        </Row>
      )}
    </ModulePage>
  );
}
