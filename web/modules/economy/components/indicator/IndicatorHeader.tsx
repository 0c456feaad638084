// Head of the indicator page: name and code, metadata (unit, frequency, kind, growth basis, source and
// owner units, component of), this year's target with its level and base, the latest figures, and the
// actions the server allows (enter a value, set the target).
import { AimOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { basisLabels, freqLabels, kindLabels } from '../../../../../common/economy-schemas.ts';
import { useShortLang } from '../../../../i18n/index.ts';
import { useEconFormat } from '../../hooks/useEconFormat.ts';
import type { IndicatorDetail, IndicatorRow } from '../../types.ts';
import { targetText } from '../overview/targetText.ts';
import { EconStatusTag, GrowthText } from '../status.tsx';

type Props = { detail: IndicatorDetail; year: number; parent: IndicatorRow | null; onEnter: () => void; onTarget: () => void };

export function IndicatorHeader({ detail, year, parent, onEnter, onTarget }: Props) {
  const { t } = useTranslation();
  const lang = useShortLang();
  const f = useEconFormat();
  const { indicator: i, target, analysis } = detail;
  const latest = analysis.latest;
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="econ-indicator-header">
      <Flex justify="space-between" wrap gap={8} align="start">
        <div>
          <Flex gap={12} wrap align="center">
            <Tag>{i.code}</Tag>
            {!i.active && <Tag>{t('common.inactive')}</Tag>}
            {latest ? (
              <>
              <Typography.Text>{t('econ.indicator.latest', { period: f.period(latest.period, i, true) })}</Typography.Text>
              {i.kind !== 'rate' && <Typography.Text strong>{f.amount(latest.cumValue, i.unit)}</Typography.Text>}
              <GrowthText value={latest.growthPct} source={latest.growthSource} testId="econ-latest-growth" />
              <EconStatusTag status={latest.status} excellent={latest.excellent} />
              </>
            ) : (
              <Typography.Text type="secondary">{t('econ.indicator.noApproved')}</Typography.Text>
            )}
          </Flex>
        </div>
        <Flex gap={8} wrap>
          {i.abilities.report && (
            <Button type="primary" icon={<EditOutlined />} onClick={onEnter} data-testid="econ-enter">
              {t('econ.entry.enter')}
            </Button>
          )}
          {i.abilities.update && (
            <Button icon={<AimOutlined />} onClick={onTarget} data-testid="econ-target-open">
              {t('econ.targetForm.open')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        style={{ marginTop: 12 }}
        items={[
          { key: 'unit', label: t('econ.col.unit'), children: i.unit },
          { key: 'freq', label: t('econ.catalogue.freq'), children: `${freqLabels[i.freq][lang]} · ${kindLabels[i.kind][lang]}${i.janFebMerged ? ` · ${t('econ.catalogue.janFebMergedShort')}` : ''}` },
          { key: 'basis', label: t('econ.catalogue.growthBasis'), children: basisLabels[i.growthBasis][lang] },
          { key: 'source', label: t('econ.catalogue.sourceUnit'), children: i.sourceUnitName },
          { key: 'owner', label: t('econ.catalogue.ownerUnit'), children: i.ownerUnitName ?? '—' },
          ...(parent ? [{ key: 'parent', label: t('econ.catalogue.parent'), children: <Link to={`/economy/indicators/${parent.id}?year=${year}`}>{parent.name}</Link> }] : []),
          { key: 'target', label: t('econ.indicator.target', { year }), children: <span data-testid="econ-indicator-target">{targetText(t, target)}</span> },
          { key: 'level', label: t('econ.indicator.targetLevel'), children: f.amount(analysis.targetLevel, i.unit) },
          { key: 'base', label: t('econ.indicator.base'), children: `${f.amount(analysis.baseValue, i.unit)}${analysis.baseSource ? ` (${t(`econ.indicator.baseSource.${analysis.baseSource}`)})` : ''}` },
          ...(latest?.requiredGrowthPct !== null && latest?.requiredGrowthPct !== undefined ? [{ key: 'req', label: t('econ.col.required'), children: f.pct(latest.requiredGrowthPct) }] : []),
          ...(latest?.projectedGrowthPct !== null && latest?.projectedGrowthPct !== undefined ? [{ key: 'proj', label: t('econ.indicator.projected'), children: f.pct(latest.projectedGrowthPct) }] : []),
          ...(latest?.completionPct !== null && latest?.completionPct !== undefined
            ? [{ key: 'comp', label: t('econ.col.completion'), children: `${f.pct(latest.completionPct)} / ${f.pct(latest.timeProgressPct)}${latest.seasonalProgressPct !== null ? ` · ${t('econ.indicator.seasonal', { value: f.pct(latest.seasonalProgressPct) })}` : ''}` }]
            : []),
          ...(i.description ? [{ key: 'desc', label: t('econ.catalogue.description'), span: 'filled' as const, children: i.description }] : []),
        ]}
      />
    </Card>
  );
}
