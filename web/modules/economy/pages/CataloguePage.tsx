// 指标目录: the GDP-supporting indicators the commission tracks — what each is, how it is published,
// which unit enters it and which it is a component of. The division maintains it.
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndicators } from '../api.ts';
import { IndicatorDrawer, type IndicatorDrawerState } from '../components/catalogue/IndicatorDrawer.tsx';
import { IndicatorTable } from '../components/catalogue/IndicatorTable.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';

export function CataloguePage() {
  const { t } = useTranslation();
  const q = useIndicators();
  const [drawer, setDrawer] = useState<IndicatorDrawerState>(null);
  return (
    <ModulePage
      title={t('econ.catalogue.title')}
      testId="econ-catalogue"
      extra={
        q.data?.abilities.write && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ mode: 'create' })} data-testid="econ-catalogue-create">
            {t('econ.catalogue.create')}
          </Button>
        )
      }
      error={q.error}
      loading={!q.data}
      onRetry={() => void q.refetch()}
    >
      {q.data && <IndicatorTable items={q.data.items} onEdit={(indicator) => setDrawer({ mode: 'edit', indicator })} />}
      <IndicatorDrawer state={drawer} all={q.data?.items ?? []} onClose={() => setDrawer(null)} />
    </ModulePage>
  );
}
