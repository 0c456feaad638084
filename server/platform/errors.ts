// AppError: the one exception services throw. Routes never build HTTP errors themselves;
// the app's error handler turns an AppError into the envelope of common/errors.ts.
import { errorCatalog, messageFor, type ErrorCode } from '../../common/errors.ts';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, details?: Record<string, unknown>) {
    super(messageFor(code, 'zh', details));
    this.code = code;
    this.status = errorCatalog[code].status;
    this.details = details;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
