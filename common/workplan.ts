// Work plan and supervision (重点工作督办): schemas, limits and labels shared by server and web.
import { z } from 'zod';
import { limits } from './limits.ts';
import { isIsoDate, parsePeriod } from './periods.ts';

export const taskCategories = ['业务', '党建'] as const;
export const taskTags = ['党建', '民生', '项目', '营商', '价格', '疏整促', '经济', '规划', '产业', '节能', '生态', '改革', '宣传'] as const;
export const targetDirections = ['atLeast', 'atMost', 'exact'] as const;
export const taskStates = ['active', 'closed', 'cancelled', 'suspended'] as const;
export const reportStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReportState = (typeof reportStates)[number];

const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const text = (max: number = limits.textMax) => z.string().trim().max(max);

export const milestoneInput = z.strictObject({
  title: text(100).min(1),
  plannedDate: isoDate,
  plannedPct: z.number().min(0).max(100).nullable().optional(),
  deliverable: text(200).default(''),
  doneDate: isoDate.nullable().optional(),
});

export const taskInput = z.strictObject({
  code: z.string().trim().min(1).max(limits.codeMax).regex(/^[A-Za-z0-9_.-]+$/),
  workPointId: z.number().int().positive(),
  title: text(100).min(1),
  description: text().default(''),
  category: z.enum(taskCategories),
  tags: z.array(z.enum(taskTags)).max(taskTags.length).default([]),
  leadUnitId: z.number().int().positive(),
  coUnitIds: z.array(z.number().int().positive()).max(30).default([]),
  leaderName: text(limits.displayNameMax).min(1),
  startDate: isoDate,
  dueDate: isoDate,
  target: z.strictObject({
    metric: text(100).min(1),
    value: z.number().finite(),
    unit: text(20).min(1),
    direction: z.enum(targetDirections),
  }).nullable().optional(),
  weight: z.number().int().min(1).max(100).default(5),
  milestones: z.array(milestoneInput).max(24).default([]),
});
export type TaskInput = z.infer<typeof taskInput>;

export const taskUpdate = taskInput.omit({ code: true }).partial().extend({ version: z.number().int().positive(), state: z.enum(taskStates).optional() }).strict();
export type TaskUpdate = z.infer<typeof taskUpdate>;

export const reportInput = z.strictObject({
  cumulativePct: z.number().min(0, '完成比例须在 0–100 之间').max(100, '完成比例须在 0–100 之间').nullable().optional(),
  cumulativeValue: z.number().finite().min(0).nullable().optional(),
  narrative: text().min(1),
  problems: text().optional(),
  needsCoordination: z.boolean().default(false),
  nextSteps: text().optional(),
  submit: z.boolean().default(true),
  version: z.number().int().positive().optional(),
});
export type ReportInput = z.infer<typeof reportInput>;

export const reviewInput = z.strictObject({
  action: z.enum(['approve', 'return']),
  reason: text(500).optional(),
  version: z.number().int().positive(),
});

export const monthPeriod = z.string().refine((s) => parsePeriod(s)?.kind === 'month', '期间应为月份，如 2023-03');
