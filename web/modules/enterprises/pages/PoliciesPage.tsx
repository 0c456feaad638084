// 政策库: industrial policies with their plain-language interpretation, the industries they reach and how
// many listed enterprises that is, the application window (warned 5 working days before it closes), and
// the applications under each policy.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { enterpriseIndustries } from '../../../../common/enterprises.ts';
import { DateText } from '../../../components/DateText.tsx';
import { useEnterpriseNames, usePolicies } from '../api.ts';
import { ApplicationModal, type ApplicationModalState } from '../components/business/ApplicationModal.tsx';
import { PolicyDetail } from '../components/business/PolicyDetail.tsx';
import { PolicyModal, type PolicyModalState } from '../components/business/PolicyModal.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useEntFormat } from '../hooks/useEntFormat.ts';
import { useEntYear } from '../hooks/useEntYear.ts';
import type { Policy } from '../types.ts';

export function PoliciesPage() {
  const { t } = useTranslation();
  const f = useEntFormat();
  const [params, setParams] = useSearchParams();
  const industry = (enterpriseIndustries as readonly string[]).includes(params.get('industry') ?? '') ? params.get('industry')! : undefined;
  const q = usePolicies(industry);
  const [modal, setModal] = useState<ApplicationModalState>(null);
  const [policyModal, setPolicyModal] = useState<PolicyModalState>(null);
  const canWrite = !!q.data?.abilities.write;
  const y = useEntYear();
  const names = useEnterpriseNames(y.year, !!modal && y.ready);
  return (
    <ModulePage
      title={t('ent.policy.title')}
      testId="ent-policies"
      bar={
        <Select
          allowClear
          size="small"
          value={industry}
          placeholder={t('ent.policy.byIndustry')}
          onChange={(v?: string) => setParams(v ? { industry: v } : {})}
          options={enterpriseIndustries.map((i) => ({ value: i, label: f.label('industry', i) }))}
          style={{ width: 220 }}
          data-testid="ent-policy-industry"
        />
      }
      extra={canWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setPolicyModal({ policy: null })} data-testid="ent-policy-create">{t('ent.policy.create')}</Button>}
      error={q.error}
      onRetry={() => void q.refetch()}
    >
      <Table<Policy>
        size="small"
        rowKey="id"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        data-testid="ent-policy-table"
        pagination={false}
        expandable={{ expandedRowRender: (p) => <PolicyDetail p={p} onApply={(app) => setModal({ policyId: p.id, policyTitle: p.title, app })} />, expandRowByClick: true }}
        columns={[
          {
            title: t('ent.policy.policy'),
            dataIndex: 'title',
            render: (v: string, p) => (
              <div>
                <Typography.Text strong>{v}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[p.issuer, p.docNo].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
            ),
          },
          { title: t('ent.policy.level'), dataIndex: 'level', width: 72, render: (v: string) => <Tag>{f.label('level', v)}</Tag> },
          { title: t('ent.policy.issuedOn'), dataIndex: 'issuedOn', width: 130, render: (v: string) => <DateText value={v} /> },
          { title: t('ent.policy.industries'), dataIndex: 'industries', width: 170, render: (v: string[]) => (v.length ? v.map((i) => f.label('industry', i)).join(t('ent.listSep')) : t('ent.policy.allIndustries')) },
          { title: t('ent.policy.matching'), dataIndex: 'matchingEnterprises', align: 'right', width: 84 },
          {
            title: t('ent.policy.window'),
            key: 'window',
            width: 150,
            render: (_: unknown, p) =>
              p.windowClose ? (
                <span>
                  <DateText value={p.windowOpen} /> –<br />
                  <DateText value={p.windowClose} />
                  {p.windowClosingSoon && <Tag color="warning" style={{ marginInlineStart: 6 }}>{t('ent.policy.closingSoon')}</Tag>}
                </span>
              ) : (
                '—'
              ),
          },
          { title: t('ent.policy.appsCol'), key: 'apps', align: 'right', width: 96, render: (_: unknown, p) => t('ent.policy.appsLine', { count: p.applications, approved: p.approved }) },
          { title: t('ent.policy.granted'), dataIndex: 'granted', align: 'right', width: 110, render: (v: number) => f.wan(v) },
          ...(canWrite ? [{ title: t('common.actions'), key: 'edit', width: 72, render: (_: unknown, p: Policy) => <Button size="small" type="link" onClick={(e) => { e.stopPropagation(); setPolicyModal({ policy: p }); }}>{t('ent.policy.edit')}</Button> }] : []),
        ]}
      />
      <PolicyModal state={policyModal} onClose={() => setPolicyModal(null)} />
      <ApplicationModal state={modal} enterprises={(names.data ?? []).filter((e) => e.serve)} onClose={() => setModal(null)} />
    </ModulePage>
  );
}
