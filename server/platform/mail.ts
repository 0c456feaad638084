// E-mail for notifications, when SMTP_URL is set (smtp://user:pass@host:587). Unsent notifications of
// users with an e-mail address are sent by the mail job; the in-app notification is the record.
import type { AppContext } from './context.ts';
import { nowIso } from './db.ts';

export async function sendPendingMail(ctx: AppContext, limit = 200): Promise<{ sent: number }> {
  if (!ctx.config.smtpUrl) return { sent: 0 };
  const { default: nodemailer } = await import('nodemailer'); // loaded only where SMTP is configured
  const transport = nodemailer.createTransport(ctx.config.smtpUrl);
  const rows = await ctx.db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.userId')
    .select(['notifications.id', 'notifications.title', 'notifications.body', 'notifications.link', 'users.email'])
    .where('notifications.emailedAt', 'is', null).where('users.email', 'is not', null).where('users.active', '=', 1)
    .orderBy('notifications.id').limit(limit).execute();
  let sent = 0;
  for (const r of rows) {
    await transport.sendMail({ from: process.env.SMTP_FROM || 'tongchou@localhost', to: r.email!, subject: `【统筹】${r.title}`, text: `${r.body}\n\n${r.link ?? ''}` });
    await ctx.db.updateTable('notifications').set({ emailedAt: nowIso() }).where('id', '=', r.id).execute();
    sent++;
  }
  return { sent };
}
