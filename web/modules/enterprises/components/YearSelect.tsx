// The service-year picker of the year-based pages.
import { Flex, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function YearSelect({ year, years, onYear, note }: { year: number; years: number[]; onYear: (y: number) => void; note?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} align="center">
      <Select
        size="small"
        value={year}
        onChange={onYear}
        options={years.map((y) => ({ value: y, label: t('ent.year.option', { year: y }) }))}
        style={{ width: 110 }}
        aria-label={t('ent.year.label')}
        data-testid="ent-year"
      />
      {note && <Typography.Text type="secondary">{note}</Typography.Text>}
    </Flex>
  );
}
