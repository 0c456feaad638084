// Schemas of the platform's records (org units, users), shared by server routes and web forms.
import { z } from 'zod';
import { limits } from './limits.ts';
import { orgKinds, roles } from './permissions.ts';

const code = z.string().trim().min(1).max(limits.codeMax).regex(/^[A-Za-z0-9_.-]+$/, '只能包含字母、数字、下划线、点和连字符');
const name = z.string().trim().min(1).max(limits.nameMax);

export const orgCreateSchema = z.strictObject({
  code,
  name,
  kind: z.enum(orgKinds),
  parentId: z.number().int().positive().max(limits.idMax).nullable().optional(),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
});
export const orgUpdateSchema = z.strictObject({
  version: z.number().int().positive(),
  code: code.optional(),
  name: name.optional(),
  kind: z.enum(orgKinds).optional(),
  parentId: z.number().int().positive().max(limits.idMax).nullable().optional(),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
  active: z.boolean().optional(),
});
export type OrgCreate = z.infer<typeof orgCreateSchema>;
export type OrgUpdate = z.infer<typeof orgUpdateSchema>;

export const username = z.string().trim().min(limits.usernameMin).max(limits.usernameMax).regex(/^[A-Za-z0-9_.-]+$/, '只能包含字母、数字、下划线、点和连字符');
const phone = z.string().trim().max(limits.phoneMax).regex(/^[0-9+\- ]*$/, '只能包含数字、+、- 和空格');
const email = z.email().max(limits.emailMax);

export const userCreateSchema = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(limits.displayNameMax),
  role: z.enum(roles),
  orgId: z.number().int().positive().max(limits.idMax).nullable().optional(),
  phone: phone.nullable().optional(),
  email: email.nullable().optional(),
  password: z.string().min(1).max(limits.passwordMax),
});
export const userUpdateSchema = z.strictObject({
  version: z.number().int().positive(),
  displayName: z.string().trim().min(1).max(limits.displayNameMax).optional(),
  role: z.enum(roles).optional(),
  orgId: z.number().int().positive().max(limits.idMax).nullable().optional(),
  phone: phone.nullable().optional(),
  email: email.nullable().optional(),
  active: z.boolean().optional(),
});
export type UserCreate = z.infer<typeof userCreateSchema>;
export type UserUpdate = z.infer<typeof userUpdateSchema>;

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(20),
};

/**
 * The PATCH form of a create schema: every field optional and, unlike zod's `.partial()`, without the
 * create schema's defaults — an omitted field must stay as it is, not be reset to its default.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(Object.entries(schema.shape).map(([k, v]) => {
    const field = v as z.ZodType;
    return [k, (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional()];
  }));
  return z.strictObject(shape) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer I> ? I : S[K]> }, z.core.$strict>;
}
