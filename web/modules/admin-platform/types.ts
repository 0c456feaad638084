// Shapes of the scheduled-jobs and integrations answers (server/modules/cockpit/jobs.service.ts,
// integrations.service.ts).
import type { TokenScope, webhookEvents, webhookKinds } from '../../../common/integrations.ts';

export type JobRun = { id: number; name: string; holder: string; startedAt: string; finishedAt: string | null; ok: boolean | null; result: unknown; error: string | null };
export type Job = { name: string; everyMs: number; runningOn: string | null; last: JobRun | null; recent: JobRun[]; failures: number };
export type JobList = { enabled: boolean; items: Job[] };

export type ApiToken = { id: number; name: string; prefix: string; scopes: TokenScope[]; expiresAt: string | null; revokedAt: string | null; lastUsedAt: string | null; createdAt: string };
export type NewToken = { id: number; name: string; prefix: string; scopes: TokenScope[]; expiresAt: string | null; token: string };
export type TokenInput = { name: string; scopes: TokenScope[]; expiresOn: string | null };

export type WebhookKind = (typeof webhookKinds)[number];
export type WebhookEvent = (typeof webhookEvents)[number];
export type Webhook = {
  id: number;
  name: string;
  kind: WebhookKind;
  urlHost: string;
  hasSecret: boolean;
  events: WebhookEvent[];
  active: boolean;
  version: number;
  deliveries: { pending?: number; sent?: number; failed?: number };
};
export type WebhookInput = { name: string; kind: WebhookKind; url: string; secret: string | null; events: WebhookEvent[]; active: boolean };
export type WebhookPatch = { name?: string; url?: string; secret?: string | null; events?: WebhookEvent[]; active?: boolean; version: number };
export type WebhookTest = { ok: boolean; status: number | null; error: string | null };
