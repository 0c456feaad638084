// 财源建设 (restricted: leaders and the division): the served enterprises' tax against the district's
// 全口径税收, the ranking with the change on last year, and the enterprises whose tax falls while they
// have open demands.
import { Card, Checkbox, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTaxRanking } from '../api.ts';
import { TaxTable } from '../components/business/TaxTable.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { YearSelect } from '../components/YearSelect.tsx';
import { useEntFormat } from '../hooks/useEntFormat.ts';
import { useEntYear } from '../hooks/useEntYear.ts';

export function TaxPage() {
  const { t } = useTranslation();
  const f = useEntFormat();
  const y = useEntYear();
  const q = useTaxRanking(y.year, y.ready);
  const d = q.data;
  const [params, setParams] = useSearchParams();
  const declining = params.get('declining') === '1';
  const toggle = (on: boolean) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (on) next.set('declining', '1');
      else next.delete('declining');
      return next;
    });
  const rows = d ? (declining ? d.items.filter((i) => i.changePct !== null && i.changePct < 0 && i.openDemands > 0) : d.items) : [];
  const period = d?.districtTaxPeriod?.match(/^(\d{4})-(\d{2})$/);
  return (
    <ModulePage
      title={t('ent.tax.title')}
      testId="ent-tax"
      bar={<YearSelect year={y.year} years={y.years} onYear={y.setYear} note={t('ent.tax.restricted')} />}
      error={q.error}
      loading={!d}
      onRetry={() => void q.refetch()}
    >
      {d && (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={12} lg={6}>
              <Card size="small">
                <Statistic title={t('ent.tax.served')} value={f.wan(d.servedTax)} />
              </Card>
            </Col>
            <Col xs={12} lg={6}>
              <Card size="small">
                <Statistic
                  title={period ? t('ent.tax.districtOf', { year: period[1], month: Number(period[2]) }) : t('ent.tax.district')}
                  value={f.wan(d.districtTax)}
                />
              </Card>
            </Col>
            <Col xs={12} lg={6}>
              <Card size="small" data-testid="ent-tax-share">
                <Statistic title={t('ent.tax.share')} value={f.pct(d.servedSharePct)} />
              </Card>
            </Col>
            <Col xs={12} lg={6}>
              <Card size="small" hoverable onClick={() => toggle(!declining)}>
                <Statistic title={t('ent.tax.declining')} value={d.decliningWithOpenDemands} styles={{ content: { color: d.decliningWithOpenDemands ? '#cf1322' : undefined } }} />
              </Card>
            </Col>
          </Row>
          <Checkbox
            checked={declining}
            onChange={(e) => toggle(e.target.checked)}
            style={{ marginBottom: 8 }}
          >
            {t('ent.tax.decliningOnly')}
          </Checkbox>
          <TaxTable rows={rows} year={y.year} />
        </>
      )}
    </ModulePage>
  );
}
