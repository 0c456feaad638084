// The report types the user may generate: the latest period with data, a period field matching the
// type (month, year or day; defaulting to the latest period), 生成, and the subscription switch.
import { PlayCircleOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPeriod, periodLabel } from '../../../../common/periods.ts';
import { isApiError } from '../../../api/errors.ts';
import { useShortLang } from '../../../i18n/index.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useGenerateReport, useSetSubscriptions } from '../mutations.ts';
import type { PeriodKind, ReportType } from '../types.ts';
import { useBilingual } from './bilingual.ts';
import { moduleName } from './TileGrid.tsx';

const formats: Record<Exclude<PeriodKind, 'record'>, string> = { month: 'YYYY-MM', year: 'YYYY', date: 'YYYY-MM-DD' };

function parsePeriod(kind: Exclude<PeriodKind, 'record'>, s: string | null): Dayjs | null {
  if (!s) return null;
  const d = kind === 'year' ? dayjs(`${s}-01-01`) : kind === 'month' ? dayjs(`${s}-01`) : dayjs(s);
  return d.isValid() ? d : null;
}

/** A record's document: pick the record (meeting, review, case) from the server's list. */
function RecordCell({ row }: { row: ReportType }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(row.latestPeriod);
  const generate = useGenerateReport();
  return (
    <Space.Compact>
      <Select
        value={value}
        onChange={setValue}
        options={row.choices ?? []}
        placeholder={t('cockpit.reports.periodPlaceholder.record')}
        style={{ width: 260 }}
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
        data-testid={`report-period-${row.type}`}
      />
      <Button
        type="primary"
        icon={<PlayCircleOutlined />}
        disabled={!value}
        loading={generate.isPending}
        onClick={() => value && generate.mutate({ type: row.type, period: value })}
        data-testid={`report-generate-${row.type}`}
      >
        {t('cockpit.reports.generate')}
      </Button>
    </Space.Compact>
  );
}

function GenerateCell({ row }: { row: ReportType }) {
  if (row.periodKind === 'record') return <RecordCell row={row} />;
  return <PeriodCell row={row} kind={row.periodKind} />;
}

function PeriodCell({ row, kind }: { row: ReportType; kind: Exclude<PeriodKind, 'record'> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<Dayjs | null>(() => parsePeriod(kind, row.latestPeriod));
  const generate = useGenerateReport();
  const badPeriod = isApiError(generate.error, 'report.bad_period');
  return (
    <Space direction="vertical" size={2}>
      <Space.Compact>
        <DatePicker
          picker={kind === 'date' ? 'date' : kind}
          format={formats[kind]}
          value={value}
          onChange={(d) => setValue(d)}
          placeholder={t(`cockpit.reports.periodPlaceholder.${row.periodKind}`)}
          status={badPeriod ? 'error' : undefined}
          style={{ width: 150 }}
          allowClear={false}
          data-testid={`report-period-${row.type}`}
        />
        <Button
          type="primary"
          icon={<PlayCircleOutlined />}
          disabled={!value}
          loading={generate.isPending}
          onClick={() => value && generate.mutate({ type: row.type, period: value.format(formats[kind]) })}
          data-testid={`report-generate-${row.type}`}
        >
          {t('cockpit.reports.generate')}
        </Button>
      </Space.Compact>
      {badPeriod && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          <ErrorMessage error={generate.error} />
        </Typography.Text>
      )}
    </Space>
  );
}

export function ReportTypesTable({ types, onPick }: { types: ReportType[]; onPick: (type: string) => void }) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const pick = useBilingual();
  const subscribe = useSetSubscriptions();
  const toggle = (type: string, on: boolean) => {
    const set = new Set(types.filter((x) => x.subscribed).map((x) => x.type));
    if (on) set.add(type);
    else set.delete(type);
    subscribe.mutate([...set]);
  };
  return (
    <Table<ReportType>
      data-testid="report-types"
      rowKey="type"
      size="small"
      pagination={false}
      dataSource={types}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `report-type-${r.type}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('cockpit.reports.col.title'),
          key: 'label',
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              <Typography.Link onClick={() => onPick(r.type)}>{pick(r.label)}</Typography.Link>
              <Space size={4}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {moduleName(t, r.module)}
                </Typography.Text>
                <Tag style={{ fontSize: 11, lineHeight: '16px' }}>{t(`cockpit.reports.periodKind.${r.periodKind}`)}</Tag>
              </Space>
            </Space>
          ),
        },
        {
          title: t('cockpit.reports.latest'),
          dataIndex: 'latestPeriod',
          // A record's document names its record (the meeting, the project), not the record's id.
          render: (v: string | null, r) =>
            v === null ? (
              <Typography.Text type="secondary">{t('cockpit.reports.noLatest')}</Typography.Text>
            ) : (
              <Typography.Text ellipsis style={{ maxWidth: 220 }}>{r.choices?.find((c) => c.value === v)?.label ?? (isPeriod(v) ? periodLabel(v, lang) : v)}</Typography.Text>
            ),
        },
        { title: t('cockpit.reports.period'), key: 'generate', render: (_, r) => <GenerateCell row={r} /> },
        {
          title: (
            <Tooltip title={t('cockpit.reports.subscribeHelp')}>
              <span>{t('cockpit.reports.subscribe')}</span>
            </Tooltip>
          ),
          key: 'subscribed',
          render: (_, r) => (
            <Switch
              checked={r.subscribed}
              loading={subscribe.isPending}
              onChange={(on) => toggle(r.type, on)}
              checkedChildren={t('cockpit.reports.subscribed')}
              unCheckedChildren={t('cockpit.reports.notSubscribed')}
              data-testid={`report-subscribe-${r.type}`}
            />
          ),
        },
      ]}
    />
  );
}
