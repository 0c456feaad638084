// Picks several org units from the tree (the supporting units of a task).
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../../../orgs/api.ts';
import { buildOrgTree, toTreeOptions } from '../../../orgs/tree.ts';

type Props = { value?: number[]; onChange?: (v: number[]) => void; id?: string; 'data-testid'?: string };

export function OrgMultiSelect({ value, onChange, id, ...rest }: Props) {
  const { t } = useTranslation();
  const orgs = useOrgs();
  const treeData = useMemo(() => toTreeOptions(buildOrgTree(orgs.data?.items ?? []), undefined, t('orgs.inactiveSuffix')), [orgs.data, t]);
  return (
    <TreeSelect
      id={id}
      data-testid={rest['data-testid']}
      multiple
      value={value}
      onChange={(v: number[]) => onChange?.(v.map(Number))}
      treeData={treeData}
      loading={orgs.isLoading}
      placeholder={t('orgs.pickOrg')}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      maxTagCount="responsive"
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto', minWidth: 240 } } }}
      style={{ width: '100%' }}
    />
  );
}
