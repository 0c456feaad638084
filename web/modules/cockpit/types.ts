// Shapes of the cockpit, 我的工作, notification and report-centre answers (server/modules/cockpit).
export type Bilingual = { zh: string; en: string };
export type Severity = 'ok' | 'attention' | 'alert';

export type CockpitTile = {
  key: string;
  module: string;
  label: Bilingual;
  value: number;
  unit?: Bilingual;
  severity: Severity;
  href: string;
  api?: string;
  apiField?: string;
};

export type ModuleFailure = { module: string; code: string };

export type Cockpit = { asOf: string; tiles: CockpitTile[]; summary: Record<Severity, number>; failed: ModuleFailure[] };

export type WorkItem = { key: string; module: string; kind: 'due' | 'review'; label: Bilingual; count: number; dueDate?: string | null; href: string };

export type MyWork = { due: WorkItem[]; review: WorkItem[]; done: string[]; unreadNotifications: number; failed: ModuleFailure[] };

export type NotificationItem = { id: number; kind: string; title: string; body: string; link: string | null; createdAt: string; readAt: string | null };

export type NotificationPage = { items: NotificationItem[]; total: number; unread: number; kinds: { kind: string; count: number }[] };

export type PeriodKind = 'month' | 'year' | 'date' | 'record';

export type ReportType = {
  type: string; module: string; label: Bilingual; periodKind: PeriodKind; latestPeriod: string | null; subscribed: boolean;
  /** Record kinds: the records one may make the document of (a meeting, a review, a case). */
  choices?: { value: string; label: string }[];
};

export type ReportVersion = {
  id: number;
  type: string;
  period: string;
  seq: number;
  title: string;
  filename: string;
  size: number;
  sha256: string;
  trigger: 'manual' | 'schedule' | 'download';
  createdAt: string;
  createdBy: number | null;
  createdByName: string | null;
  label: Bilingual;
};

export type ReportVersions = { total: number; items: ReportVersion[] };
