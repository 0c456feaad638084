// One policy unfolded: the summary, the plain-language interpretation (政策解读) for the industries it names,
// and the enterprises' applications under it (register / update where allowed).
import { Button, Col, Row, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApplications } from '../../api.ts';
import { useEntFormat } from '../../hooks/useEntFormat.ts';
import type { Application, Policy } from '../../types.ts';

export function PolicyDetail({ p, onApply }: { p: Policy; onApply: (app: Application | null) => void }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const apps = useApplications({ policyId: p.id });
  const canWrite = !!apps.data?.abilities.write;
  return (
    <Row gutter={[16, 12]} data-testid={`ent-policy-detail-${p.id}`}>
      <Col xs={24} xl={9}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('ent.policy.summary')}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{p.summary || '—'}</Typography.Paragraph>
        <Typography.Title level={5}>{t('ent.policy.interpretation')}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#f6ffed', padding: 8, borderRadius: 6 }}>{p.interpretation || '—'}</Typography.Paragraph>
        <Typography.Text type="secondary">
          {t('ent.policy.reaches', { count: p.matchingEnterprises })}{' '}
          {p.industries.length ? p.industries.map((i) => <Tag key={i}>{f.label('industry', i)}</Tag>) : <Tag>{t('ent.policy.allIndustries')}</Tag>}
        </Typography.Text>
      </Col>
      <Col xs={24} xl={15}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('ent.policy.applications', { count: apps.data?.items.length ?? p.applications })}
          {canWrite && (
            <Button size="small" style={{ marginInlineStart: 12 }} onClick={() => onApply(null)} data-testid={`ent-policy-apply-${p.id}`}>
              {t('ent.app.create')}
            </Button>
          )}
        </Typography.Title>
        <Table<Application>
          size="small"
          rowKey="id"
          loading={apps.isLoading}
          dataSource={apps.data?.items ?? []}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          columns={[
            { title: t('ent.field.enterprise'), dataIndex: 'enterpriseName', render: (v: string, r) => <Link to={`/enterprises/${r.enterpriseId}`}>{v}</Link> },
            { title: t('ent.app.project'), dataIndex: 'project' },
            { title: t('ent.app.requested'), dataIndex: 'amountRequested', align: 'right', render: (v: number) => f.wan(v) },
            { title: t('ent.app.stage'), dataIndex: 'stage', render: (v: string) => <Tag color={v === '未通过' ? 'error' : v === '获批' || v === '拨付' ? 'success' : 'processing'}>{f.label('appStage', v)}</Tag> },
            { title: t('ent.app.granted'), dataIndex: 'amountGranted', align: 'right', render: (v: number | null) => f.wan(v) },
            ...(canWrite ? [{ title: '', key: 'a', render: (_: unknown, r: Application) => <Button size="small" type="link" onClick={() => onApply(r)}>{t('common.edit')}</Button> }] : []),
          ]}
        />
      </Col>
    </Row>
  );
}
