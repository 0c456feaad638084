// The year picker of the index pages: the years that have an indicator system.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveYears } from '../api.ts';

/**
 * The year in the URL, else (for the index) the newest year with approved figures of this district — a new
 * system starts empty — or (for entry and weights) the newest year.
 */
export function useDefaultYear(picked: string, withData = true): number | null {
  const years = useLiveYears();
  const items = years.data?.items ?? [];
  return Number(picked) || (withData ? items.find((y) => y.approvedValues > 0)?.year : undefined) || items[0]?.year || null;
}

export function YearSelect({ value, onChange, testId = 'live-year' }: { value: number | null; onChange: (y: number) => void; testId?: string }) {
  const { t } = useTranslation();
  const years = useLiveYears();
  return (
    <Select data-testid={testId} style={{ width: 120 }} value={value ?? undefined} loading={years.isPending} onChange={onChange}
      options={(years.data?.items ?? []).map((y) => ({ value: y.year, label: t('live.yearLabel', { year: y.year }) }))} />
  );
}
