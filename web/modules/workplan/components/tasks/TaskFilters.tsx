// Filters of the task list — area, unit, leader, tag, status, text, "my unit's tasks" — kept in the URL.
import { AutoComplete, Button, Flex, Input, Select, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { taskTags } from '../../../../../common/workplan.ts';
import { OrgTreeSelect } from '../../../orgs/components/OrgTreeSelect.tsx';
import { useTasks } from '../../api.ts';
import type { PlanStructure } from '../../types.ts';
import { statusOrder } from '../status.tsx';

export type TaskFilterValues = { areaId: string; unitId: string; leaderName: string; tag: string; status: string; q: string; mine: string };
type Props = { plan: PlanStructure; values: TaskFilterValues; onChange: (patch: Partial<TaskFilterValues>) => void };

/** Leaders named on the year's tasks (the first 200), for the leader filter's suggestions. */
function useLeaderNames(year: number): string[] {
  const all = useTasks(year, { page: 1, pageSize: limits.pageSizeMax });
  return useMemo(() => [...new Set((all.data?.items ?? []).map((t) => t.leaderName))].sort((a, b) => a.localeCompare(b, 'zh')), [all.data]);
}

export function TaskFilters({ plan, values, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(values.q);
  const [leader, setLeader] = useState(values.leaderName);
  useEffect(() => setQ(values.q), [values.q]);
  useEffect(() => setLeader(values.leaderName), [values.leaderName]);
  const leaders = useLeaderNames(plan.year);
  const active = Object.values(values).some(Boolean);
  const box = (basis: number, max: number) => ({ flex: `1 1 ${basis}px`, maxWidth: max });
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} data-testid="task-filters">
      <Input.Search
        allowClear
        value={q}
        maxLength={limits.searchMax}
        placeholder={t('plan.filters.q')}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() })}
        style={box(180, 240)}
        data-testid="task-filter-q"
      />
      <Select
        allowClear
        value={values.areaId ? Number(values.areaId) : undefined}
        placeholder={t('plan.task.area')}
        onChange={(v?: number) => onChange({ areaId: v ? String(v) : '' })}
        options={plan.areas.map((a) => ({ value: a.id, label: `${a.seq}. ${a.shortTitle}` }))}
        popupMatchSelectWidth={false}
        style={box(130, 180)}
        data-testid="task-filter-area"
      />
      <OrgTreeSelect
        value={values.unitId ? Number(values.unitId) : null}
        onChange={(v) => onChange({ unitId: v === null ? '' : String(v) })}
        placeholder={t('plan.filters.unit')}
        style={box(150, 220)}
        data-testid="task-filter-unit"
      />
      <AutoComplete
        allowClear
        value={leader}
        options={leaders.filter((n) => !leader || n.includes(leader)).map((n) => ({ value: n }))}
        onChange={(v: string) => setLeader(v ?? '')}
        onSelect={(v: string) => onChange({ leaderName: v })}
        onClear={() => onChange({ leaderName: '' })}
        onBlur={() => leader !== values.leaderName && onChange({ leaderName: leader.trim() })}
        placeholder={t('plan.task.leader')}
        style={box(110, 150)}
        data-testid="task-filter-leader"
      />
      <Select
        allowClear
        value={values.tag || undefined}
        placeholder={t('plan.task.tags')}
        onChange={(v?: string) => onChange({ tag: v ?? '' })}
        options={taskTags.map((g) => ({ value: g, label: t(`plan.tags.${g}`) }))}
        style={box(100, 140)}
        data-testid="task-filter-tag"
      />
      <Select
        allowClear
        value={values.status || undefined}
        placeholder={t('plan.task.status')}
        onChange={(v?: string) => onChange({ status: v ?? '' })}
        options={statusOrder.map((s) => ({ value: s, label: t(`plan.status.${s}`) }))}
        style={box(100, 140)}
        data-testid="task-filter-status"
      />
      <Flex align="center" gap={6}>
        <Switch size="small" checked={values.mine === '1'} onChange={(on) => onChange({ mine: on ? '1' : '' })} data-testid="task-filter-mine" />
        <span>{t('plan.filters.mine')}</span>
      </Flex>
      {active && (
        <Button type="link" onClick={() => onChange({ areaId: '', unitId: '', leaderName: '', tag: '', status: '', q: '', mine: '' })}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
