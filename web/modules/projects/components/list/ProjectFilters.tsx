// Filters of the project library — text, category, sector, tag, town, responsible unit, traffic light,
// missed start — kept in the URL.
import { Button, Flex, Input, Select, Switch, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { projectCategories, projectSectors, projectTags } from '../../../../../common/projects.ts';
import { useOrgs } from '../../../orgs/api.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { useProjFormat } from '../../hooks/useProjFormat.ts';

export type ProjectFilterValues = { q: string; category: string; sector: string; tag: string; townId: string; unitId: string; status: string; missedStart: string };
type Props = { values: ProjectFilterValues; onChange: (patch: Partial<ProjectFilterValues>) => void };

export function useTownOptions() {
  const orgs = useOrgs();
  return useMemo(() => (orgs.data?.items ?? []).filter((o) => o.kind === 'town' || o.kind === 'zone').map((o) => ({ value: o.id, label: o.name })), [orgs.data]);
}

export function ProjectFilters({ values, onChange }: Props) {
  const { t } = useTranslation();
  const f = useProjFormat();
  const [q, setQ] = useState(values.q);
  useEffect(() => setQ(values.q), [values.q]);
  const towns = useTownOptions();
  const active = Object.values(values).some(Boolean);
  const box = (basis: number, max: number) => ({ flex: `1 1 ${basis}px`, maxWidth: max });
  const select = (key: 'category' | 'sector' | 'tag', options: readonly string[], group: 'category' | 'sector' | 'tag', basis: number) => (
    <Select
      allowClear
      value={values[key] || undefined}
      placeholder={t(`proj.field.${key === 'tag' ? 'tags' : key}`)}
      onChange={(v?: string) => onChange({ [key]: v ?? '' })}
      options={options.map((o) => ({ value: o, label: f.label(group, o) }))}
      popupMatchSelectWidth={false}
      style={box(basis, basis + 40)}
      data-testid={`proj-filter-${key}`}
    />
  );
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} data-testid="proj-filters">
      <Input.Search allowClear value={q} maxLength={limits.searchMax} placeholder={t('proj.filters.q')} onChange={(e) => setQ(e.target.value)} onSearch={(v) => onChange({ q: v.trim() })} style={box(200, 260)} data-testid="proj-filter-q" />
      {select('category', projectCategories, 'category', 100)}
      {select('sector', projectSectors, 'sector', 110)}
      {select('tag', projectTags, 'tag', 100)}
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={values.townId ? Number(values.townId) : undefined}
        placeholder={t('proj.field.town')}
        onChange={(v?: number) => onChange({ townId: v ? String(v) : '' })}
        options={towns}
        style={box(110, 150)}
        data-testid="proj-filter-town"
      />
      <OrgTreeSelect value={values.unitId ? Number(values.unitId) : null} onChange={(v) => onChange({ unitId: v === null ? '' : String(v) })} placeholder={t('proj.field.responsibleUnit')} style={box(150, 220)} data-testid="proj-filter-unit" />
      <Select
        allowClear
        value={values.status || undefined}
        placeholder={t('proj.col.status')}
        onChange={(v?: string) => onChange({ status: v ?? '' })}
        options={['red', 'yellow', 'green', 'grey'].map((s) => ({ value: s, label: t(`plan.status.${s}`) }))}
        style={box(90, 120)}
        data-testid="proj-filter-status"
      />
      <Flex gap={4} align="center">
        <Switch size="small" checked={values.missedStart === '1'} onChange={(v) => onChange({ missedStart: v ? '1' : '' })} data-testid="proj-filter-missed" />
        <Typography.Text>{t('proj.filters.missedStart')}</Typography.Text>
      </Flex>
      {active && (
        <Button type="link" onClick={() => onChange({ q: '', category: '', sector: '', tag: '', townId: '', unitId: '', status: '', missedStart: '' })}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
