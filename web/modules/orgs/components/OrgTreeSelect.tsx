// Picks an org unit from the tree (used by the org form, the user form and the user filter).
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../api.ts';
import { buildOrgTree, toTreeOptions } from '../tree.ts';

type Props = {
  value?: number | null;
  onChange?: (value: number | null) => void;
  disabledIds?: Set<number>;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
  'data-testid'?: string;
};

export function OrgTreeSelect({ value, onChange, disabledIds, placeholder, allowClear = true, style, id, ...rest }: Props) {
  const { t } = useTranslation();
  const orgs = useOrgs();
  const treeData = useMemo(
    () => toTreeOptions(buildOrgTree(orgs.data?.items ?? []), disabledIds, t('orgs.inactiveSuffix')),
    [orgs.data, disabledIds, t],
  );
  return (
    <TreeSelect
      id={id}
      data-testid={rest['data-testid']}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v === undefined || v === null ? null : Number(v))}
      treeData={treeData}
      loading={orgs.isLoading}
      placeholder={placeholder ?? t('orgs.pickOrg')}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto', minWidth: 240 } } }}
    />
  );
}
