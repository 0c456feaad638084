// The year picker of the index pages: the years that have an indicator system.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveYears } from '../api.ts';

export function useDefaultYear(picked: string): number | null {
  const years = useLiveYears();
  return Number(picked) || years.data?.items[0]?.year || null;
}

export function YearSelect({ value, onChange, testId = 'live-year' }: { value: number | null; onChange: (y: number) => void; testId?: string }) {
  const { t } = useTranslation();
  const years = useLiveYears();
  return (
    <Select data-testid={testId} style={{ width: 120 }} value={value ?? undefined} loading={years.isPending} onChange={onChange}
      options={(years.data?.items ?? []).map((y) => ({ value: y.year, label: t('live.yearLabel', { year: y.year }) }))} />
  );
}
