// Year picker and the "status as of" line every plan page shows; a demo year carries a 演示数据 tag.
import { Flex, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format.ts';
import { useUiLang } from '../../../i18n/index.ts';
import type { PlanYear } from '../types.ts';

type Props = { year: number | null; years: PlanYear[]; onChange: (y: number) => void; statusDate?: string | null; isDemo?: boolean; readOnly?: boolean };

export function PlanYearBar({ year, years, onChange, statusDate, isDemo, readOnly }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  return (
    <Flex wrap gap={8} align="center" data-testid="plan-year-bar">
      {readOnly ? (
        <Typography.Text strong>{t('plan.year.option', { year })}</Typography.Text>
      ) : (
      <Select
        size="small"
        value={year ?? undefined}
        onChange={onChange}
        options={years.map((y) => ({ value: y.year, label: t('plan.year.option', { year: y.year }) }))}
        style={{ width: 110 }}
        aria-label={t('plan.year.label')}
        data-testid="plan-year"
      />
      )}
      {statusDate && (
        <Typography.Text type="secondary" data-testid="plan-status-date">
          {t('plan.year.statusAsOf', { date: formatDate(statusDate, lang) })}
        </Typography.Text>
      )}
      {isDemo && (
        <Tag color="purple" data-testid="plan-demo-tag">
          {t('plan.year.demo')}
        </Tag>
      )}
    </Flex>
  );
}
