// 组织机构: the org tree with create / edit / delete and xlsx import, export and template.
// The search text and the open drawer (?org=ID, ?new=parentId|root) live in the URL.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Input } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { ImportExportBar } from '../../../components/ImportExportBar.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { orgPaths, useDeleteOrg, useImportOrgs, useOrgs } from '../api.ts';
import { OrgDrawer, type OrgDrawerState } from '../components/OrgDrawer.tsx';
import { OrgTable } from '../components/OrgTable.tsx';
import { buildOrgTree, filterTree, idsWithChildren } from '../tree.ts';

const urlKeys = ['q', 'org', 'new'] as const;

export function OrgsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useUrlParams(urlKeys);
  const orgs = useOrgs();
  const remove = useDeleteOrg();
  const importOrgs = useImportOrgs();
  const items = useMemo(() => orgs.data?.items ?? [], [orgs.data]);
  const tree = useMemo(() => filterTree(buildOrgTree(items), params.q), [items, params.q]);
  const [expanded, setExpanded] = useState<number[]>([]);
  useEffect(() => setExpanded(idsWithChildren(tree)), [tree]);
  const [search, setSearch] = useState(params.q);
  useEffect(() => setSearch(params.q), [params.q]);

  const drawer: OrgDrawerState = useMemo(() => {
    if (params.new) return { mode: 'create', parentId: params.new === 'root' ? null : Number(params.new) || null };
    const org = params.org ? items.find((o) => o.id === Number(params.org)) : undefined;
    return org ? { mode: 'edit', org } : null;
  }, [params.new, params.org, items]);

  const abilities = orgs.data?.abilities ?? { create: false, import: false };

  return (
    <div className="tc-page">
      <PageHeader
        title={t('orgs.title')}
        subtitle={orgs.data ? t('orgs.count', { count: items.length }) : undefined}
        extra={
          <>
            {abilities.create && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setParams({ new: 'root', org: null })} data-testid="org-create">
                {t('orgs.create')}
              </Button>
            )}
            <ImportExportBar
              canImport={abilities.import}
              importMutation={importOrgs}
              exportPath={orgPaths.export}
              templatePath={orgPaths.template}
              fileBase={t('orgs.fileBase')}
              testIdPrefix="org"
            />
          </>
        }
      />
      <Input.Search
        allowClear
        placeholder={t('orgs.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(q) => setParams({ q: q.trim() })}
        style={{ maxWidth: 360, marginBottom: 12 }}
        data-testid="org-search"
      />
      {orgs.error ? (
        <Alert
          type="error"
          showIcon
          title={<ErrorMessage error={orgs.error} />}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void orgs.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : (
        <OrgTable
          data={tree}
          loading={orgs.isLoading}
          canCreate={abilities.create}
          expanded={expanded}
          onExpand={setExpanded}
          onOpen={(o) => setParams({ org: o.id, new: null })}
          onAddChild={(o) => setParams({ new: o.id, org: null })}
          onDelete={(o) => remove.mutate(o)}
          deletingId={remove.isPending ? (remove.variables?.id ?? null) : null}
        />
      )}
      <OrgDrawer state={drawer} all={items} onClose={() => setParams({ org: null, new: null })} />
    </div>
  );
}
