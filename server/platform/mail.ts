// E-mail for notifications, when SMTP_URL is set (smtp://user:pass@host:587): a digest. Each run of the
// mail job sends every user with an e-mail address one message listing their notifications not yet
// e-mailed and still unread (one already read in the app is not mailed); the in-app inbox is the record.
import type { AppContext } from './context.ts';
import { nowIso } from './db.ts';

type Row = { id: number; userId: number; title: string; body: string; link: string | null; email: string | null; readAt: string | null; createdAt: string };

/** The digest of one user's notifications: subject and plain text. */
export function digestOf(rows: Pick<Row, 'title' | 'body' | 'link' | 'createdAt'>[], baseUrl = ''): { subject: string; text: string } {
  const subject = rows.length === 1 ? `【统筹】${rows[0].title}` : `【统筹】您有 ${rows.length} 条新提醒`;
  const lines = rows.map((r, i) => `${i + 1}. ${r.title}（${r.createdAt.slice(0, 16).replace('T', ' ')}）\n   ${r.body}${r.link ? `\n   ${baseUrl}${r.link}` : ''}`);
  return { subject, text: `${lines.join('\n\n')}\n\n—— 统筹平台（登录后可在通知中心查看全部提醒）` };
}

export async function sendPendingMail(ctx: AppContext, limit = 500): Promise<{ sent: number; notifications: number }> {
  if (!ctx.config.smtpUrl) return { sent: 0, notifications: 0 };
  const rows: Row[] = await ctx.db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.userId')
    .select(['notifications.id', 'notifications.userId', 'notifications.title', 'notifications.body', 'notifications.link', 'notifications.readAt', 'notifications.createdAt', 'users.email'])
    .where('notifications.emailedAt', 'is', null).where('users.email', 'is not', null).where('users.active', '=', 1)
    .orderBy('notifications.id').limit(limit).execute();
  if (rows.length === 0) return { sent: 0, notifications: 0 };
  const { default: nodemailer } = await import('nodemailer'); // loaded only where SMTP is configured and there is mail
  const transport = nodemailer.createTransport(ctx.config.smtpUrl);
  const byUser = new Map<number, Row[]>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  let sent = 0;
  let notifications = 0;
  for (const list of byUser.values()) {
    const unread = list.filter((r) => !r.readAt);
    if (unread.length) {
      const d = digestOf(unread, process.env.TONGCHOU_PUBLIC_URL ?? '');
      await transport.sendMail({ from: process.env.SMTP_FROM || 'tongchou@localhost', to: list[0].email!, subject: d.subject, text: d.text });
      sent++;
      notifications += unread.length;
    }
    await ctx.db.updateTable('notifications').set({ emailedAt: nowIso() }).where('id', 'in', list.map((r) => r.id)).execute();
  }
  return { sent, notifications };
}
