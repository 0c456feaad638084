// Routes of economic monitoring and the Five-Year-Plan evaluation.
import { z } from 'zod';
import { fypActualInput, fypIndicatorInput, fypOverride, fypTaskInput, indicatorInput, indicatorUpdate, statPeriod, targetInput, valueInput, valueReview, valueRevision } from '../../../common/economy-schemas.ts';
import { actorOf, sendFile, uploadedFile } from '../../platform/http.ts';
import { sendKept } from '../cockpit/reports.service.ts';
import { reportTypeOf } from '../cockpit/report-types.ts';
import type { ModuleRegister } from '../types.ts';
import * as econ from './economy.service.ts';
import * as xlsx from './economy-xlsx.service.ts';
import * as fyp from './fyp.service.ts';
import * as docs from './economy-documents.service.ts';

const tags = ['economy'];
const year = z.coerce.number().int().min(2000).max(2100);
const id = z.coerce.number().int().positive().max(2_147_483_647);
const monthPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '期间应为月份，如 2023-09');

export const economyRoutes: ModuleRegister = async (app, ctx) => {
  app.get('/api/economy/indicators', { config: { permission: 'econ.read' }, schema: { tags, summary: '经济指标目录' } },
    async (req) => econ.listIndicators(ctx, actorOf(req)));
  app.post('/api/economy/indicators', { config: { permission: 'econ.write' }, schema: { tags, summary: '新增指标', body: indicatorInput } },
    async (req, reply) => reply.status(201).send(await econ.createIndicator(ctx, actorOf(req), req.body)));
  app.patch('/api/economy/indicators/:id', { config: { permission: 'econ.write' }, schema: { tags, summary: '修改指标', params: z.strictObject({ id }), body: indicatorUpdate } },
    async (req) => econ.updateIndicator(ctx, actorOf(req), req.params.id, req.body));

  app.get('/api/economy/:year/overview', { config: { permission: 'econ.read' }, schema: { tags, summary: '指标总览（增速、目标差距、完成进度、剩余需增长、红黄绿灯）', params: z.strictObject({ year }), querystring: z.strictObject({ asOf: monthPeriod.optional() }) } },
    async (req) => econ.overview(ctx, actorOf(req), req.params.year, req.query.asOf));
  app.get('/api/economy/:year/indicators/:id', { config: { permission: 'econ.read' }, schema: { tags, summary: '单项指标分析（走势、目标线、构成贡献、数据与审核）', params: z.strictObject({ year, id }) } },
    async (req) => econ.indicatorDetail(ctx, actorOf(req), req.params.year, req.params.id));
  app.get('/api/economy/:year/opening', { config: { permission: 'econ.read' }, schema: { tags, summary: '开门红（一季度）', params: z.strictObject({ year }) } },
    async (req) => econ.opening(ctx, actorOf(req), req.params.year));

  app.get('/api/economy/:year/targets', { config: { permission: 'econ.read' }, schema: { tags, summary: '年度目标', params: z.strictObject({ year }) } },
    async (req) => econ.listTargets(ctx, actorOf(req), req.params.year));
  app.put('/api/economy/:year/targets/:indicatorId', { config: { permission: 'econ.write' }, schema: { tags, summary: '设定年度目标（增速/总量、阈值线、分季度目标）', params: z.strictObject({ year, indicatorId: id }), body: targetInput } },
    async (req) => econ.saveTarget(ctx, actorOf(req), req.params.year, req.params.indicatorId, req.body));

  app.put('/api/economy/indicators/:id/values/:period', { config: { permission: 'econ.report' }, schema: { tags, summary: '填报或报送指标数据（数据来源单位）', params: z.strictObject({ id, period: statPeriod }), body: valueInput } },
    async (req) => econ.saveValue(ctx, actorOf(req), req.params.id, req.params.period, req.body));
  app.post('/api/economy/values/:id/review', { config: { permission: 'econ.review' }, schema: { tags, summary: '审核指标数据（通过或退回）', params: z.strictObject({ id }), body: valueReview } },
    async (req) => econ.reviewValue(ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/economy/values/:id/revise', { config: { permission: 'econ.write' }, schema: { tags, summary: '修订已审核数据（保留原值版本）', params: z.strictObject({ id }), body: valueRevision } },
    async (req) => econ.reviseValue(ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/economy/indicators/:id/vintages', { config: { permission: 'econ.read' }, schema: { tags, summary: '数据版本（首次发布与历次修订）', params: z.strictObject({ id }), querystring: z.strictObject({ year }) } },
    async (req) => econ.listVintages(ctx, actorOf(req), req.params.id, req.query.year));
  app.get('/api/economy/review-queue', { config: { permission: 'econ.read' }, schema: { tags, summary: '待审核与待处理的数据' } },
    async (req) => econ.reviewQueue(ctx, actorOf(req)));

  app.get('/api/economy/values/template', { config: { permission: 'econ.read' }, schema: { tags, summary: '指标数据导入模板（xlsx）' } },
    async (req, reply) => sendFile(reply, await xlsx.valueTemplate(ctx, actorOf(req)), '指标数据导入模板.xlsx'));
  app.get('/api/economy/:year/values.xlsx', { config: { permission: 'econ.read' }, schema: { tags, summary: '导出年度指标数据（xlsx，与导入格式相同）', params: z.strictObject({ year }) } },
    async (req, reply) => sendFile(reply, await xlsx.exportValues(ctx, actorOf(req), req.params.year), `${req.params.year}年经济指标数据.xlsx`));
  app.post('/api/economy/values/import', { config: { permission: 'econ.report' }, schema: { tags, summary: '导入统计数据（全部成功或全部不导入）', querystring: z.strictObject({ confirmFalls: z.enum(['1', '0']).optional() }), consumes: ['multipart/form-data'] } },
    async (req) => xlsx.importValues(ctx, actorOf(req), await uploadedFile(req, ctx.config.maxUploadMb), { confirmFalls: req.query.confirmFalls === '1' }));
  app.get('/api/economy/:year/brief.docx', { config: { permission: 'econ.read' }, schema: { tags, summary: '经济运行分析（docx，含图表）', params: z.strictObject({ year }), querystring: z.strictObject({ period: monthPeriod }) } },
    async (req, reply) => sendKept(ctx, req, reply, { type: 'economy.brief', period: req.query.period }, await docs.economyBrief(ctx, actorOf(req), req.params.year, req.query.period), `${req.query.period}经济运行分析.docx`));
};

export const fypRoutes: ModuleRegister = async (app, ctx) => {
  const fypYear = z.coerce.number().int().min(2021).max(2025);
  app.get('/api/economy/fyp', { config: { permission: 'econ.read' }, schema: { tags, summary: '十四五规划中期评估（指标进度与评价、规划任务）', querystring: z.strictObject({ asOfYear: fypYear.optional() }) } },
    async (req) => fyp.evaluation(ctx, actorOf(req), req.query.asOfYear));
  app.post('/api/economy/fyp/indicators', { config: { permission: 'econ.write' }, schema: { tags, summary: '新增规划指标', body: fypIndicatorInput } },
    async (req, reply) => reply.status(201).send(await fyp.createFypIndicator(ctx, actorOf(req), req.body)));
  app.patch('/api/economy/fyp/indicators/:id', { config: { permission: 'econ.write' }, schema: { tags, summary: '修改规划指标', params: z.strictObject({ id }), body: z.intersection(fypIndicatorInput, z.object({ version: z.number().int().positive() })) } },
    async (req) => fyp.updateFypIndicator(ctx, actorOf(req), req.params.id, req.body));
  app.put('/api/economy/fyp/indicators/:id/actuals/:year', { config: { permission: 'econ.write' }, schema: { tags, summary: '填报规划指标年度实际值', params: z.strictObject({ id, year: fypYear }), body: fypActualInput } },
    async (req) => fyp.saveActual(ctx, actorOf(req), req.params.id, req.params.year, req.body));
  app.put('/api/economy/fyp/indicators/:id/override', { config: { permission: 'econ.write' }, schema: { tags, summary: '人工调整评价（须说明理由）', params: z.strictObject({ id }), body: fypOverride } },
    async (req) => fyp.overrideRating(ctx, actorOf(req), req.params.id, req.body));
  app.post('/api/economy/fyp/tasks', { config: { permission: 'econ.write' }, schema: { tags, summary: '新增规划任务', body: fypTaskInput } },
    async (req, reply) => reply.status(201).send(await fyp.createFypTask(ctx, actorOf(req), req.body)));
  app.patch('/api/economy/fyp/tasks/:id', { config: { permission: 'econ.write' }, schema: { tags, summary: '修改规划任务', params: z.strictObject({ id }), body: fypTaskInput.extend({ version: z.number().int().positive() }).strict() } },
    async (req) => fyp.updateFypTask(ctx, actorOf(req), req.params.id, req.body));
  app.get('/api/economy/fyp/report.docx', { config: { permission: 'econ.read' }, schema: { tags, summary: '中期评估报告（docx，含图表）', querystring: z.strictObject({ asOfYear: fypYear.optional() }) } },
    async (req, reply) => {
      const buf = await docs.fypReport(ctx, actorOf(req), req.query.asOfYear);
      // Kept in the report centre under the year it was evaluated as of (the newest year with actuals when not given).
      const year = req.query.asOfYear ?? (await reportTypeOf('economy.fyp').latestPeriod(ctx));
      return year ? sendKept(ctx, req, reply, { type: 'economy.fyp', period: year }, buf, '十四五规划中期评估报告.docx') : sendFile(reply, buf, '十四五规划中期评估报告.docx');
    });
};
