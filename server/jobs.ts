// The scheduled jobs of the app: work-plan reminders and supervision sweep, notification e-mail,
// dormant-account disabling, expired-session purge, overdue-problem and overdue-demand reminders, the price-alert scan,
// scheduled report delivery, webhook alert queue and sending, pruning of old job runs.
import type { Job } from './platform/jobs.ts';
import { sendPendingMail } from './platform/mail.ts';
import { remindAll } from './modules/workplan/reminders.service.ts';
import { disableDormantAccounts, purgeExpiredSessions } from './modules/users/users.service.ts';
import { remindOverdueProblems } from './modules/projects/problems.service.ts';
import { remindOverdueDemands } from './modules/enterprises/demands.service.ts';
import { scanRecent } from './modules/prices/prices.service.ts';
import { remindOverdueReviews } from './modules/energy/reviews.service.ts';
import { deliverSubscriptions } from './modules/cockpit/reports.service.ts';
import { queueAlerts, sendDeliveries } from './modules/cockpit/integrations.service.ts';
import { pruneJobRuns } from './platform/jobs.ts';

export const jobs: Job[] = [
  { name: 'workplan.reminders', everyMs: 60 * 60_000, run: remindAll },
  { name: 'mail.send', everyMs: 5 * 60_000, run: sendPendingMail },
  { name: 'users.dormant', everyMs: 24 * 60 * 60_000, run: disableDormantAccounts },
  { name: 'sessions.purge', everyMs: 60 * 60_000, run: purgeExpiredSessions },
  { name: 'problems.overdue', everyMs: 6 * 60 * 60_000, run: remindOverdueProblems },
  { name: 'demands.overdue', everyMs: 6 * 60 * 60_000, run: remindOverdueDemands },
  { name: 'prices.alerts', everyMs: 60 * 60_000, run: scanRecent },
  { name: 'energy.reviews_overdue', everyMs: 6 * 60 * 60_000, run: remindOverdueReviews },
  { name: 'reports.scheduled', everyMs: 6 * 60 * 60_000, run: deliverSubscriptions },
  { name: 'webhooks.queue', everyMs: 15 * 60_000, run: queueAlerts },
  { name: 'webhooks.send', everyMs: 60_000, run: sendDeliveries },
  { name: 'jobs.prune', everyMs: 24 * 60 * 60_000, run: pruneJobRuns },
];
