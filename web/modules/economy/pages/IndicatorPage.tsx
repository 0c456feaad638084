// 指标详情: one indicator's year — metadata and target, the trend (cumulative bars, last year's
// comparable line, the time-phased goal line, growth on a second axis), growth against the threshold
// lines, its components' contribution and pull, the values with review and revision, the vintages, and
// the target form. Actions follow the server's abilities.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Col, Flex, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import { useIndicators, useIndicatorYear } from '../api.ts';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { EconYearBar } from '../components/EconYearBar.tsx';
import { ComponentsChart } from '../components/indicator/ComponentsChart.tsx';
import { GrowthChart } from '../components/indicator/GrowthChart.tsx';
import { IndicatorHeader } from '../components/indicator/IndicatorHeader.tsx';
import { ReviseModal } from '../components/indicator/ReviseModal.tsx';
import { TargetDrawer } from '../components/indicator/TargetDrawer.tsx';
import { TrendChart } from '../components/indicator/TrendChart.tsx';
import { ValuesTable } from '../components/indicator/ValuesTable.tsx';
import { VintagesDrawer } from '../components/indicator/VintagesDrawer.tsx';
import { ValueDrawer } from '../components/ValueDrawer.tsx';
import { useEconYear } from '../hooks/useEconYear.ts';
import type { IndicatorDetail, ValueRow } from '../types.ts';

export function IndicatorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const y = useEconYear();
  const detail = useIndicatorYear(y.year, Number.isInteger(id) ? id : 0);
  const notFound = isApiError(detail.error, 'record.not_found');
  return (
    <ModulePage
      title={
        <Flex gap={12} align="center">
          <Link to={`/economy?year=${y.year}`} aria-label={t('econ.overview.title')}>
            <ArrowLeftOutlined />
          </Link>
          {detail.data?.indicator.name ?? t('econ.indicator.title')}
        </Flex>
      }
      testId="econ-indicator"
      bar={<EconYearBar year={y.year} years={y.years} onYear={y.setYear} />}
      error={notFound ? null : detail.error}
      loading={!y.ready || (!detail.data && !notFound)}
      onRetry={() => void detail.refetch()}
    >
      {notFound ? <div data-testid="econ-not-found">{t('econ.indicator.notFound')}</div> : detail.data && <IndicatorBody detail={detail.data} year={y.year} />}
    </ModulePage>
  );
}

function IndicatorBody({ detail, year }: { detail: IndicatorDetail; year: number }) {
  const indicators = useIndicators();
  const [entering, setEntering] = useState<string | null | undefined>(undefined);
  const [revising, setRevising] = useState<ValueRow | null>(null);
  const [history, setHistory] = useState(false);
  const [targeting, setTargeting] = useState(false);
  const i = detail.indicator;
  const parent = i.parentId ? (indicators.data?.items.find((x) => x.id === i.parentId) ?? null) : null;
  return (
    <>
      <IndicatorHeader detail={detail} year={year} parent={parent} onEnter={() => setEntering(null)} onTarget={() => setTargeting(true)} />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} xl={detail.components ? 14 : 12}>
          <TrendChart detail={detail} year={year} />
        </Col>
        <Col xs={24} xl={detail.components ? 10 : 12}>
          <GrowthChart detail={detail} />
        </Col>
        {detail.components && (
          <Col xs={24}>
            <ComponentsChart detail={detail} />
          </Col>
        )}
      </Row>
      <ValuesTable detail={detail} year={year} onEnter={(p) => setEntering(p)} onRevise={setRevising} onHistory={() => setHistory(true)} />
      <ValueDrawer indicator={entering === undefined ? null : i} year={year} period={entering ?? null} onClose={() => setEntering(undefined)} />
      <ReviseModal indicator={i} value={revising} onClose={() => setRevising(null)} />
      <VintagesDrawer indicator={i} year={year} open={history} onClose={() => setHistory(false)} />
      <TargetDrawer indicator={i} year={year} target={detail.target} open={targeting} onClose={() => setTargeting(false)} />
    </>
  );
}
