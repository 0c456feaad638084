// Filters of the demand list — state, category, handling unit, overdue only — kept in the URL.
import { Button, Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { demandCategories, demandStates } from '../../../../../common/enterprises.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { useEntFormat } from '../../hooks/useEntFormat.ts';

export type DemandFilterValues = { state: string; category: string; handlerUnitId: string; overdue: string };

export function DemandFilters({ values, onChange }: { values: DemandFilterValues; onChange: (patch: Partial<DemandFilterValues>) => void }) {
  const { t } = useTranslation();
  const f = useEntFormat();
  const active = Object.values(values).some(Boolean);
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} data-testid="ent-demand-filters">
      <Select
        allowClear
        value={values.state || undefined}
        placeholder={t('ent.demand.state')}
        onChange={(v?: string) => onChange({ state: v ?? '' })}
        options={demandStates.map((s) => ({ value: s, label: f.state(s) }))}
        style={{ width: 140 }}
        data-testid="ent-demand-filter-state"
      />
      <Select
        allowClear
        value={values.category || undefined}
        placeholder={t('ent.demand.category')}
        onChange={(v?: string) => onChange({ category: v ?? '' })}
        options={demandCategories.map((c) => ({ value: c, label: f.label('category', c) }))}
        style={{ width: 140 }}
      />
      <OrgTreeSelect
        value={values.handlerUnitId ? Number(values.handlerUnitId) : null}
        onChange={(v) => onChange({ handlerUnitId: v === null ? '' : String(v) })}
        placeholder={t('ent.demand.handler')}
        style={{ width: 200 }}
      />
      <Checkbox checked={values.overdue === '1'} onChange={(e) => onChange({ overdue: e.target.checked ? '1' : '' })} data-testid="ent-demand-filter-overdue">
        {t('ent.demand.overdueOnly')}
      </Checkbox>
      {active && (
        <Button type="link" onClick={() => onChange({ state: '', category: '', handlerUnitId: '', overdue: '' })}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
