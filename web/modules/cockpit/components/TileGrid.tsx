// The cockpit's tiles, grouped by module, each a link to the page listing the records behind its figure.
// The figure is shown exactly as the server gives it.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CockpitTile } from '../types.ts';
import { groupByModule, useBilingual } from './bilingual.ts';

export const tileTestId = (key: string) => `tile-${key.replace(/\./g, '-')}`;

export function moduleName(t: (k: string) => string, module: string): string {
  const k = `cockpit.module.${module}`;
  const s = t(k);
  return s === k ? module : s;
}

export function TileGrid({ tiles }: { tiles: CockpitTile[] }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  return (
    <div className="ck-groups" data-testid="cockpit-tiles">
      {groupByModule(tiles).map((g) => (
        <section key={g.module} className="ck-group" data-testid={`cockpit-module-${g.module}`}>
          <h3 className="ck-group-title">{moduleName(t, g.module)}</h3>
          <div className="ck-tiles">
            {g.items.map((tile) => (
              <Link key={tile.key} to={tile.href} className={`ck-tile ck-${tile.severity}`} data-testid={tileTestId(tile.key)} data-value={tile.value} data-severity={tile.severity}>
                <span className="ck-tile-label">{pick(tile.label)}</span>
                <span className="ck-tile-value">
                  {String(tile.value)}
                  {tile.unit && <span className="ck-tile-unit">{pick(tile.unit)}</span>}
                </span>
                <span className="ck-tile-sev">{t(`cockpit.severity.${tile.severity}`)}</span>
              </Link>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

export function SummaryStrip({ summary, className = 'ck-summary' }: { summary: Record<'alert' | 'attention' | 'ok', number>; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={className} data-testid="cockpit-summary">
      <div className="ck-summary-item ck-summary-alert" data-testid="cockpit-summary-alert">
        <span>{t('cockpit.page.summaryAlert')}</span>
        <b>{summary.alert}</b>
      </div>
      <div className="ck-summary-item ck-summary-attention" data-testid="cockpit-summary-attention">
        <span>{t('cockpit.page.summaryAttention')}</span>
        <b>{summary.attention}</b>
      </div>
      <div className="ck-summary-item ck-summary-ok">
        <span>{t('cockpit.page.summaryOk')}</span>
        <b>{summary.ok}</b>
      </div>
    </div>
  );
}
