// Filters of the user list (text, role, org unit); values live in the URL.
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../common/limits.ts';
import { roleLabels, roles } from '../../../../common/permissions.ts';
import { useShortLang } from '../../../i18n/index.ts';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect.tsx';

export type UserFilterValues = { q: string; role: string; orgId: string };

export function UserFilters({ values, onChange }: { values: UserFilterValues; onChange: (patch: Partial<UserFilterValues>) => void }) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const [q, setQ] = useState(values.q);
  useEffect(() => setQ(values.q), [values.q]);
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} data-testid="user-filters">
      <Input.Search
        allowClear
        value={q}
        maxLength={limits.searchMax}
        placeholder={t('users.searchPlaceholder')}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() })}
        style={{ flex: '1 1 200px', maxWidth: 260 }}
        data-testid="user-filter-q"
      />
      <Select
        allowClear
        value={values.role || undefined}
        placeholder={t('users.role')}
        onChange={(v) => onChange({ role: v ?? '' })}
        options={roles.map((r) => ({ value: r, label: roleLabels[r][lang] }))}
        style={{ flex: '1 1 150px', maxWidth: 200 }}
        data-testid="user-filter-role"
      />
      <OrgTreeSelect
        value={values.orgId ? Number(values.orgId) : null}
        onChange={(v) => onChange({ orgId: v === null ? '' : String(v) })}
        placeholder={t('users.org')}
        style={{ flex: '1 1 180px', maxWidth: 260 }}
        data-testid="user-filter-org"
      />
      {(values.q || values.role || values.orgId) && (
        <Button type="link" onClick={() => onChange({ q: '', role: '', orgId: '' })}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
