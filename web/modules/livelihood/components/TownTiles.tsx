// The schematic map of the towns (no boundary data: one tile per town/street/zone, laid out roughly north to
// south) coloured by population status against the town's cap.
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PopTown } from '../types.ts';

/** Rough geography of the district, north (top) to south: [row, column] per org code. */
const layout: Record<string, [number, number]> = {
  'T-LABAGOUMEN': [1, 3], 'T-CHANGSHAOYING': [1, 4], 'T-TANGHEKOU': [2, 3], 'T-BAOSHAN': [2, 2], 'T-LIULIMIAO': [3, 3], 'T-HUAIBEI': [3, 4],
  'T-BOHAI': [4, 2], 'T-JIUDUHE': [4, 1], 'T-YANQI': [4, 4], 'Z-YANQI': [4, 5], 'T-HUAIROU': [5, 3], 'T-QIAOZI': [5, 2], 'T-LONGSHAN': [5, 4],
  'T-QUANHE': [6, 3], 'T-BEIFANG': [6, 4], 'T-MIAOCHENG': [7, 3], 'T-YANGSONG': [7, 4],
};
const tenK = (v: number | null) => (v === null ? '—' : (v / 10_000).toFixed(2));

export function TownTiles({ towns, quarter }: { towns: PopTown[]; quarter: number }) {
  const { t } = useTranslation();
  let free = 0;
  return (
    <Card size="small" title={t('live.pop.map', { quarter })} data-testid="pop-tiles"
      extra={<span className="live-legend">{(['over', 'near', 'ok', 'none'] as const).map((s) => <span key={s}><i className={`live-tile ${s}`} style={{ padding: 0, minHeight: 0 }} />{t(`live.pop.status.${s}`)}</span>)}</span>}>
      <div className="live-tiles">
        {towns.map((w) => {
          const at = layout[w.code] ?? [8, 1 + (free++ % 5)];
          return (
            <div key={w.id} className={`live-tile ${w.status}`} style={{ gridRow: at[0], gridColumn: at[1] }} data-testid={`pop-tile-${w.code}`} title={`${w.name}：${w.latest ?? '—'} / ${w.cap ?? '—'}`}>
              <b>{w.name}</b>
              <small>{t('live.pop.tileFigure', { latest: tenK(w.latest), cap: tenK(w.cap) })}</small>
              <small>{w.gap === null ? '' : w.gap > 0 ? t('live.pop.overBy', { n: w.gap.toLocaleString() }) : t('live.pop.underBy', { n: (-w.gap).toLocaleString() })}</small>
            </div>
          );
        })}
      </div>
    </Card>
  );
}
