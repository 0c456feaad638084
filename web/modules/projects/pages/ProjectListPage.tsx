// 项目库: the year's projects with filters and paging in the URL, status with reasons, completion against
// expected progress; new project and edit as the list's and rows' abilities allow; xlsx template,
// all-or-nothing import and export.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { limits } from '../../../../common/limits.ts';
import { ImportExportBar } from '../../../components/ImportExportBar.tsx';
import { positiveInt, useUrlParams } from '../../../components/useUrlParams.ts';
import { projPaths, useProjects } from '../api.ts';
import { ProjectDrawer } from '../components/list/ProjectDrawer.tsx';
import { ProjectFilters } from '../components/list/ProjectFilters.tsx';
import { ProjectTable } from '../components/list/ProjectTable.tsx';
import { ProjPage, YearBar } from '../components/ProjPage.tsx';
import { figuresMonth, useProjFormat } from '../hooks/useProjFormat.ts';
import { useProjYear } from '../hooks/useProjYear.ts';
import { useImportProjects } from '../mutations.ts';

const urlKeys = ['q', 'category', 'sector', 'tag', 'townId', 'unitId', 'status', 'missedStart', 'page', 'pageSize'] as const;

export function ProjectListPage() {
  const { t } = useTranslation();
  const f = useProjFormat();
  const navigate = useNavigate();
  const y = useProjYear();
  const [params, setParams] = useUrlParams(urlKeys);
  const page = positiveInt(params.page, 1);
  const pageSize = positiveInt(params.pageSize, 20, limits.pageSizeMax);
  const list = useProjects(
    y.year,
    {
      q: params.q || undefined, category: params.category || undefined, sector: params.sector || undefined, tag: params.tag || undefined,
      townId: positiveInt(params.townId, 0) || undefined, unitId: positiveInt(params.unitId, 0) || undefined,
      status: ['green', 'yellow', 'red', 'grey'].includes(params.status) ? params.status : undefined, missedStart: params.missedStart === '1' ? '1' : undefined, page, pageSize,
    },
    y.ready,
  );
  const importer = useImportProjects();
  const [drawer, setDrawer] = useState<{ mode: 'create'; year: number } | { mode: 'edit'; id: number } | null>(null);
  const abilities = list.data?.abilities;
  return (
    <ProjPage
      title={t('proj.list.title')}
      testId="proj-list"
      bar={<YearBar year={y.year} years={y.years} onYear={y.setYear} note={list.data && <Typography.Text type="secondary">{t('proj.dash.asOf', { month: f.month(figuresMonth(list.data.asOf)) })}</Typography.Text>} />}
      extra={
        <>
          {abilities?.create && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ mode: 'create', year: y.year })} data-testid="proj-create">
              {t('proj.list.create')}
            </Button>
          )}
          <ImportExportBar canImport={!!abilities?.import} importMutation={importer} exportPath={projPaths.export(y.year)} templatePath={projPaths.template} fileBase={t('proj.list.fileBase', { year: y.year })} testIdPrefix="proj" />
        </>
      }
      error={list.error}
      loading={!y.ready || (!list.data && list.isPending)}
      onRetry={() => void list.refetch()}
    >
      <ProjectFilters values={params} onChange={setParams} />
      <ProjectTable
        rows={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={list.isFetching}
        onPage={(p, s) => setParams({ page: p, pageSize: s })}
        onEdit={(id) => setDrawer({ mode: 'edit', id })}
      />
      <ProjectDrawer state={drawer} onClose={() => setDrawer(null)} onCreated={(d) => void navigate(`/projects/${d.id}`)} />
    </ProjPage>
  );
}
