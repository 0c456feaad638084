// Password policy (security.md): ≥ 8 characters, 3 of 4 classes, not containing the username,
// not one of the last 5; hashed with argon2id.
import { hash, verify } from '@node-rs/argon2';
import { limits } from '../../../common/limits.ts';
import { AppError } from '../errors.ts';

export type Argon2Params = { memoryCost: number; timeCost: number };

export function checkPasswordPolicy(password: string, username: string): void {
  if (password.length < limits.passwordMin) throw new AppError('password.too_short', { min: limits.passwordMin });
  if (password.length > limits.passwordMax) throw new AppError('password.too_long', { max: limits.passwordMax });
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) throw new AppError('password.classes');
  if (username && password.toLowerCase().includes(username.toLowerCase())) throw new AppError('password.contains_username');
}

export function hashPassword(password: string, params: Argon2Params): Promise<string> {
  return hash(password, { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: params.memoryCost, timeCost: params.timeCost, parallelism: 1 });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
