// 企业档案: profile and service package, the steward's private notes, and the whole history — visits
// (log one with the demands raised), demands with their states, applications, taxes (when allowed), leads.
import { Button, Col, Row, Statistic, Card, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate } from '../../../i18n/format.ts';
import { useUiLang } from '../../../i18n/index.ts';
import { positiveInt } from '../../../components/useUrlParams.ts';
import { useEnterprise } from '../api.ts';
import { DemandCreateModal } from '../components/demands/DemandCreateModal.tsx';
import { HistoryTabs } from '../components/enterprise/HistoryTabs.tsx';
import { NotesCard } from '../components/enterprise/NotesCard.tsx';
import { ProfileCard } from '../components/enterprise/ProfileCard.tsx';
import { VisitModal } from '../components/enterprise/VisitModal.tsx';
import { EnterpriseDrawer } from '../components/roster/EnterpriseDrawer.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useEntFormat } from '../hooks/useEntFormat.ts';

export function EnterprisePage() {
  const { t } = useTranslation();
  const f = useEntFormat();
  const lang = useUiLang();
  const id = positiveInt(useParams().id ?? '', 0);
  const q = useEnterprise(id);
  const e = q.data;
  const [visiting, setVisiting] = useState(false);
  const [demanding, setDemanding] = useState(false);
  const [editing, setEditing] = useState(false);
  const open = e ? e.demands.filter((d) => !['closed', 'escalated'].includes(d.state)).length : 0;
  const lastVisit = e?.visits[0]?.visitedOn;
  return (
    <ModulePage
      title={e ? e.name : t('ent.detail.title')}
      testId="ent-enterprise"
      bar={e && <Tag>{f.label('industry', e.industry)}</Tag>}
      extra={
        e?.abilities.update && (
          <Button onClick={() => setEditing(true)} data-testid="ent-enterprise-edit">
            {t('common.edit')}
          </Button>
        )
      }
      error={q.error}
      loading={!e}
      onRetry={() => void q.refetch()}
    >
      {e && (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            {[
              { key: 'visits', value: e.visits.length, title: t('ent.detail.visitCount') },
              { key: 'last', value: lastVisit ? formatDate(lastVisit, lang) : '—', title: t('ent.detail.lastVisit') },
              { key: 'open', value: open, title: t('ent.detail.openDemands') },
              { key: 'apps', value: e.applications.length, title: t('ent.detail.applications') },
            ].map((k) => (
              <Col key={k.key} xs={12} lg={6}>
                <Card size="small">
                  <Statistic title={k.title} value={k.value} styles={{ content: { fontSize: 20 } }} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={15}>
              <ProfileCard e={e} />
            </Col>
            <Col xs={24} xl={9}>
              <NotesCard e={e} />
            </Col>
          </Row>
          <HistoryTabs e={e} onVisit={() => setVisiting(true)} onDemand={() => setDemanding(true)} />
          <VisitModal open={visiting} onClose={() => setVisiting(false)} enterprise={e} />
          <DemandCreateModal enterprise={demanding ? e : null} onClose={() => setDemanding(false)} />
          <EnterpriseDrawer state={editing ? { mode: 'edit', enterprise: e } : null} year={e.listYear} onClose={() => setEditing(false)} />
        </>
      )}
    </ModulePage>
  );
}
