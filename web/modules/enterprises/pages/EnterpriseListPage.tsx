// 服务包企业名录: the year's roster with filters in the URL (mine, not visited, zone, industry, town,
// steward, text), visits against the year's minimum and open demands; create/edit drawer with the
// credit-code check, xlsx import/export, and "log a visit" for the rows one serves.
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { hasAll, useCurrentUser } from '../../../app/session.ts';
import { ImportExportBar } from '../../../components/ImportExportBar.tsx';
import { entPaths } from '../api.ts';
import { VisitModal } from '../components/enterprise/VisitModal.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { EnterpriseDrawer, type EnterpriseDrawerState } from '../components/roster/EnterpriseDrawer.tsx';
import { EnterpriseFilters } from '../components/roster/EnterpriseFilters.tsx';
import { EnterpriseTable } from '../components/roster/EnterpriseTable.tsx';
import { VisitRuleButton } from '../components/roster/VisitRuleButton.tsx';
import { YearSelect } from '../components/YearSelect.tsx';
import { useEntYear } from '../hooks/useEntYear.ts';
import { useRosterList } from '../hooks/useRosterList.ts';
import { useImportEnterprises } from '../mutations.ts';
import type { RosterRow } from '../types.ts';

export function EnterpriseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const y = useEntYear();
  const { params, setParams, page, pageSize, roster } = useRosterList(y.year, y.ready);
  const importer = useImportEnterprises();
  const [drawer, setDrawer] = useState<EnterpriseDrawerState>(null);
  const [visiting, setVisiting] = useState<RosterRow | null>(null);
  const abilities = roster.data?.abilities;
  return (
    <ModulePage
      title={t('ent.roster.title')}
      testId="ent-roster"
      bar={<YearSelect year={y.year} years={y.years} onYear={y.setYear} note={roster.data ? t('ent.dash.rule', { n: roster.data.minVisits }) : undefined} />}
      extra={
        <>
          {abilities?.create && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ mode: 'create' })} data-testid="ent-create">
              {t('ent.roster.create')}
            </Button>
          )}
          {abilities?.create && roster.data && <VisitRuleButton year={y.year} minVisits={roster.data.minVisits} />}
          {abilities?.import && (
            <ImportExportBar
              canImport={abilities.import}
              importMutation={importer}
              exportPath={entPaths.export}
              templatePath={entPaths.template}
              fileBase={t('ent.roster.fileBase')}
              testIdPrefix="ent"
            />
          )}
        </>
      }
      error={roster.error}
      loading={!y.ready}
      onRetry={() => void roster.refetch()}
    >
      <EnterpriseFilters year={y.year} values={params} onChange={setParams} canServe={hasAll(me, ['ent.serve'])} />
      <EnterpriseTable
        items={roster.data?.items ?? []}
        total={roster.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        minVisits={roster.data?.minVisits ?? 1}
        loading={roster.isFetching}
        onPage={(p, s) => setParams({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s })}
        onEdit={(r) => setDrawer({ mode: 'edit', enterprise: r })}
        onVisit={(r) => setVisiting(r)}
      />
      <EnterpriseDrawer state={drawer} year={y.year} onClose={() => setDrawer(null)} onCreated={(e) => void navigate(`/enterprises/${e.id}`)} />
      <VisitModal open={!!visiting} onClose={() => setVisiting(null)} enterprise={visiting} />
    </ModulePage>
  );
}
