// The enterprise roster as a spreadsheet (the export is the import format; stewards by username, towns by
// unit code). Import creates new credit codes and updates existing ones; every bad cell named; all or none.
import { z } from 'zod';
import { enterpriseIndustries, enterpriseSizes, enterpriseZones, usccProblem, type EnterpriseInput } from '../../../common/enterprises.ts';
import { auditActorOf, requirePermission, type Actor } from '../../platform/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { buildTemplate, buildWorkbook, invalidRowsError, parseImport, type ImportRowError, type SheetSpec } from '../../platform/xlsx.ts';
import { insertEnterprise } from './enterprises.service.ts';

export const enterpriseSheet = {
  sheetName: '服务包企业',
  columns: [
    { key: 'uscc', header: '统一社会信用代码', required: true, width: 22, example: '91110116MA01AB3CXK' },
    { key: 'name', header: '企业名称', required: true, width: 32 },
    { key: 'industry', header: '行业', required: true, kind: 'enum', values: enterpriseIndustries, width: 18 },
    { key: 'size', header: '规模', required: true, kind: 'enum', values: enterpriseSizes, width: 8 },
    { key: 'zone', header: '重点区域', required: true, kind: 'enum', values: enterpriseZones, width: 22 },
    { key: 'town', header: '属地镇乡街道编码', width: 14 },
    { key: 'address', header: '地址', width: 28 },
    { key: 'contactName', header: '联系人', width: 10 },
    { key: 'contactPhone', header: '联系电话', width: 14 },
    { key: 'steward', header: '服务管家用户名', width: 14 },
    { key: 'listYear', header: '纳入年度', required: true, kind: 'integer', width: 10 },
    { key: 'servicePackage', header: '服务包内容', width: 40 },
  ],
  row: z.object({
    uscc: z.string().trim().toUpperCase().superRefine((s, c) => { const p = usccProblem(s); if (p) c.addIssue({ code: 'custom', message: p }); }),
    name: z.string().trim().min(1).max(200),
    industry: z.enum(enterpriseIndustries), size: z.enum(enterpriseSizes), zone: z.enum(enterpriseZones),
    town: z.string().trim().optional(), address: z.string().trim().max(200).optional(), contactName: z.string().trim().max(50).optional(),
    contactPhone: z.coerce.string().trim().max(20).regex(/^[0-9+\- ]*$/, '电话只能含数字、+、- 和空格').optional(),
    steward: z.string().trim().optional(), listYear: z.number().int().min(2000).max(2100), servicePackage: z.string().trim().max(2000).optional(),
  }),
} satisfies SheetSpec<z.ZodTypeAny>;

export async function enterpriseTemplate(_ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'ent.read');
  return buildTemplate(enterpriseSheet);
}

export async function exportEnterprises(ctx: AppContext, actor: Actor) {
  requirePermission(actor, 'ent.write');
  const rows = await ctx.db.selectFrom('enterprises as e').leftJoin('orgUnits as t', 't.id', 'e.townId').leftJoin('users as u', 'u.id', 'e.stewardUserId')
    .selectAll('e').select(['t.code as townCode', 'u.username as stewardUsername']).orderBy('e.id').execute();
  await ctx.audit.recordAlone(ctx.db, auditActorOf(actor), { action: 'enterprise.export', entityType: 'enterprises', entityId: null, after: { rows: rows.length } });
  return buildWorkbook(enterpriseSheet, rows.map((e) => ({ ...e, town: e.townCode, steward: e.stewardUsername, contactPhone: e.contactPhoneEnc ? ctx.box.open(e.contactPhoneEnc) : '' })));
}

export async function importEnterprises(ctx: AppContext, actor: Actor, file: Buffer) {
  requirePermission(actor, 'ent.write');
  const { rows, rowNumbers } = await parseImport(enterpriseSheet, file, { maxBytes: ctx.config.maxUploadMb * 1024 * 1024, maxRows: 20_000 });
  return ctx.db.transaction().execute(async (trx) => {
    const towns = new Map((await trx.selectFrom('orgUnits').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
    const stewards = new Map((await trx.selectFrom('users').select(['id', 'username', 'role']).execute()).map((u) => [u.username, u]));
    const errors: ImportRowError[] = [];
    const seen = new Map<string, number>();
    let created = 0;
    let updated = 0;
    for (const [i, r] of rows.entries()) {
      const row = rowNumbers[i];
      const fail = (column: string, reason: string) => errors.push({ row, column, reason });
      if (seen.has(r.uscc)) { fail('统一社会信用代码', `与第 ${seen.get(r.uscc)} 行重复：${r.uscc}`); continue; }
      seen.set(r.uscc, row);
      const townId = r.town ? towns.get(r.town) : null;
      if (r.town && !townId) { fail('属地镇乡街道编码', `单位不存在：${r.town}`); continue; }
      const st = r.steward ? stewards.get(r.steward) : null;
      if (r.steward && !st) { fail('服务管家用户名', `用户不存在：${r.steward}`); continue; }
      if (st && !['service_steward', 'division_staff'].includes(st.role)) { fail('服务管家用户名', `${r.steward} 不是服务管家或科室人员`); continue; }
      if (errors.length) continue;
      const input: EnterpriseInput = {
        uscc: r.uscc, name: r.name, industry: r.industry, size: r.size, zone: r.zone, townId: townId ?? null, address: r.address ?? '', contactName: r.contactName ?? '',
        contactPhone: r.contactPhone ?? '', stewardUserId: st?.id ?? null, listYear: r.listYear, servicePackage: r.servicePackage ?? '',
      };
      const existing = await trx.selectFrom('enterprises').select(['id', 'version']).where('uscc', '=', r.uscc).executeTakeFirst();
      if (existing) {
        const { uscc: _u, contactPhone, ...fields } = input;
        await trx.updateTable('enterprises').set({ ...fields, contactPhoneEnc: contactPhone ? ctx.box.seal(contactPhone) : null, version: existing.version + 1, updatedAt: nowIso() }).where('id', '=', existing.id).execute();
        updated++;
      } else {
        try {
          await insertEnterprise(trx, ctx, actor.userId, input);
          created++;
        } catch (e) {
          if (e instanceof AppError) fail('统一社会信用代码', e.message);
          else throw e;
        }
      }
    }
    if (errors.length) throw invalidRowsError(errors);
    await ctx.audit.record(trx, auditActorOf(actor), { action: 'enterprise.import', entityType: 'enterprises', entityId: null, after: { created, updated } });
    return { created, updated };
  });
}
