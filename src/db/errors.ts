/**
 * Errors the database layer throws with a message meant for the user.
 */
import type { PackError } from '../core/pack-validate';

/** A refused or failed database operation; `message` is ready to show. */
export class DbError extends Error {
  /** Validation problems behind the refusal, when there are any. */
  readonly details: PackError[];
  /** True when the browser refused to store more data (disk or quota full). */
  readonly quotaExceeded: boolean;

  constructor(message: string, options: { details?: PackError[]; quotaExceeded?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'DbError';
    this.details = options.details ?? [];
    this.quotaExceeded = options.quotaExceeded ?? false;
  }
}

/** True when an error (or the error Dexie wrapped) is the browser's quota error. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const named = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (named.name === 'QuotaExceededError') return true;
    e = named.inner ?? named.cause;
  }
  return false;
}

/**
 * Turns an error from an aborted write transaction into a `DbError` that says nothing was changed.
 * `what` names the operation: "import this pack".
 */
export function abortedWrite(error: unknown, what: string): DbError {
  if (error instanceof DbError) return error;
  if (isQuotaError(error)) {
    return new DbError(
      `There is not enough storage space to ${what}. Nothing was changed; free some disk space and try again.`,
      { quotaExceeded: true, cause: error },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new DbError(`Could not ${what}: ${reason}. Nothing was changed.`, { cause: error });
}
