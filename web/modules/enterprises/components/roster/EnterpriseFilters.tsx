// Filters of the roster — text, zone, industry, town, steward, "my enterprises", "not visited" — kept in the URL.
import { Button, Checkbox, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseIndustries, enterpriseZones } from '../../../../../common/enterprises.ts';
import { limits } from '../../../../../common/limits.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { useStewards } from '../../api.ts';
import { useEntFormat } from '../../hooks/useEntFormat.ts';

export type RosterFilterValues = { q: string; zone: string; industry: string; townId: string; stewardUserId: string; mine: string; unvisited: string };
type Props = { year: number; values: RosterFilterValues; onChange: (patch: Partial<RosterFilterValues>) => void; canServe: boolean };

export function EnterpriseFilters({ year, values, onChange, canServe }: Props) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const [q, setQ] = useState(values.q);
  useEffect(() => setQ(values.q), [values.q]);
  const stewards = useStewards(year);
  const active = Object.values(values).some(Boolean);
  const box = (basis: number, max: number) => ({ flex: `1 1 ${basis}px`, maxWidth: max });
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} data-testid="ent-filters">
      <Input.Search
        allowClear
        value={q}
        maxLength={limits.searchMax}
        placeholder={t('ent.filters.q')}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() })}
        style={box(200, 260)}
        data-testid="ent-filter-q"
      />
      <Select
        allowClear
        value={values.zone || undefined}
        placeholder={t('ent.field.zone')}
        onChange={(v?: string) => onChange({ zone: v ?? '' })}
        options={enterpriseZones.map((z) => ({ value: z, label: f.label('zone', z) }))}
        popupMatchSelectWidth={false}
        style={box(140, 200)}
        data-testid="ent-filter-zone"
      />
      <Select
        allowClear
        value={values.industry || undefined}
        placeholder={t('ent.field.industry')}
        onChange={(v?: string) => onChange({ industry: v ?? '' })}
        options={enterpriseIndustries.map((z) => ({ value: z, label: f.label('industry', z) }))}
        popupMatchSelectWidth={false}
        style={box(140, 200)}
        data-testid="ent-filter-industry"
      />
      <OrgTreeSelect
        value={values.townId ? Number(values.townId) : null}
        onChange={(v) => onChange({ townId: v === null ? '' : String(v) })}
        placeholder={t('ent.field.town')}
        style={box(140, 200)}
        data-testid="ent-filter-town"
      />
      <Select
        allowClear
        value={values.stewardUserId ? Number(values.stewardUserId) : undefined}
        placeholder={t('ent.field.steward')}
        loading={stewards.isLoading}
        onChange={(v?: number) => onChange({ stewardUserId: v ? String(v) : '' })}
        options={(stewards.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        style={box(120, 160)}
        data-testid="ent-filter-steward"
      />
      {canServe && (
        <Checkbox checked={values.mine === '1'} onChange={(e) => onChange({ mine: e.target.checked ? '1' : '' })} data-testid="ent-filter-mine">
          {t('ent.filters.mine')}
        </Checkbox>
      )}
      <Checkbox checked={values.unvisited === '1'} onChange={(e) => onChange({ unvisited: e.target.checked ? '1' : '' })} data-testid="ent-filter-unvisited">
        {t('ent.filters.unvisited')}
      </Checkbox>
      {active && (
        <Button type="link" onClick={() => onChange({ q: '', zone: '', industry: '', townId: '', stewardUserId: '', mine: '', unvisited: '' })}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
