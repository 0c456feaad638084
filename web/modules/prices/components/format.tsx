// Small display pieces of the prices pages: signed percentages, alert and ALPS tags, the daily mark.
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { alpsLabels, type AlpsGrade } from '../../../../common/prices.ts';
import { useShortLang } from '../../../i18n/index.ts';

export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return isoDate(new Date(y, m - 1, d + days));
}

export function Pct({ value, testId }: { value: number | null | undefined; testId?: string }) {
  if (value === null || value === undefined) return <span data-testid={testId}>—</span>;
  const type = value > 0 ? 'danger' : value < 0 ? 'success' : undefined;
  return (
    <Typography.Text type={type} data-testid={testId} data-value={value}>
      {value > 0 ? '+' : ''}
      {value.toFixed(2)}%
    </Typography.Text>
  );
}

export function RuleAlertTag({ level }: { level: string | null }) {
  const { t } = useTranslation();
  if (!level) return <span>—</span>;
  return <Tag color={level === 'red' ? 'red' : 'gold'}>{t(`price.level.${level}`, { defaultValue: level })}</Tag>;
}

const alpsColors: Record<AlpsGrade, string> = { normal: 'green', stress: 'gold', alert: 'orange', crisis: 'red' };

export function AlpsTag({ grade }: { grade: AlpsGrade | null }) {
  const lang = useShortLang();
  if (!grade) return <span>—</span>;
  return <Tag color={alpsColors[grade]}>{alpsLabels[grade][lang]}</Tag>;
}

export function DailyMark() {
  const { t } = useTranslation();
  return <Tag color="volcano">{t('price.dailyReporting')}</Tag>;
}
