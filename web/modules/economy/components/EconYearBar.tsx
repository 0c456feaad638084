// Year picker and the optional "as of" month of the economy pages.
import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShortLang } from '../../../i18n/index.ts';
import { cumPeriodLabel } from '../hooks/useEconFormat.ts';

type Props = { year: number; years: number[]; onYear: (y: number) => void; asOf?: string | null; onAsOf?: (p: string | null) => void; note?: string };

export function EconYearBar({ year, years, onYear, asOf, onAsOf, note }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return (
    <Flex wrap gap={8} align="center" data-testid="econ-year-bar">
      <Select
        size="small"
        value={year}
        onChange={onYear}
        options={years.map((y) => ({ value: y, label: t('econ.year.option', { year: y }) }))}
        style={{ width: 110 }}
        aria-label={t('econ.year.label')}
        data-testid="econ-year"
      />
      {onAsOf && (
        <Select
          size="small"
          allowClear
          value={asOf ?? undefined}
          placeholder={t('econ.year.latest')}
          onChange={(v?: string) => onAsOf(v ?? null)}
          options={months.map((m) => ({ value: m, label: t('econ.year.asOfOption', { period: cumPeriodLabel(m, null, lang) }) }))}
          style={{ width: 150 }}
          aria-label={t('econ.year.asOf')}
          data-testid="econ-asof"
        />
      )}
      {note && <Typography.Text type="secondary">{note}</Typography.Text>}
    </Flex>
  );
}
