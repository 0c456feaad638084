// The cockpit's contract with every module: a provider returns the tiles a leader should see now. Each
// tile's number is the count of the records its `api` list answers (`total`, or the array's length), and
// its `href` opens the page that lists exactly those records — the cockpit test checks both.
import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access.ts';
import type { Permission } from '../../../common/permissions.ts';

export type CockpitSeverity = 'ok' | 'attention' | 'alert';

export type CockpitTile = {
  /** Stable id, `<module>.<what>`, e.g. `energy.reviews_overdue`. */
  key: string;
  /** Module key (menu group): workplan, economy, projects, enterprises, prices, livelihood, energy. */
  module: string;
  label: { zh: string; en: string };
  /** The figure shown. Counts are integers; a rank or index may be a number with `unit`. */
  value: number;
  unit?: { zh: string; en: string };
  /** ok = nothing to do; attention = watch; alert = act now (red). */
  severity: CockpitSeverity;
  /** Web path (with query) that lists the records behind the figure. */
  href: string;
  /** GET API path (with query) whose answer's `total` (or array length) equals `value`; omitted for non-count figures. */
  api?: string;
  /** Where the count sits in that answer when it is neither `total` nor the array itself: a dot path, e.g. `counts.red`. */
  apiField?: string;
};

/** One line of 我的工作: what is due from the user, or waits for the user's review. */
export type WorkItem = {
  key: string;
  module: string;
  kind: 'due' | 'review';
  label: { zh: string; en: string };
  count: number;
  /** The earliest deadline among the items, when there is one. */
  dueDate?: string | null;
  href: string;
};

export type CockpitProvider = {
  module: string;
  /** The tiles are offered only to actors holding this permission. */
  permission: Permission;
  tiles: (ctx: AppContext, actor: Actor) => Promise<CockpitTile[]>;
  /** Optional: the actor's own work in this module (items with count 0 are dropped). */
  myWork?: (ctx: AppContext, actor: Actor) => Promise<WorkItem[]>;
};
