import { DekomError, EXIT } from '../errors.js';
import type { Lang } from '../messages/catalogue.js';
import type { MessageArgs } from '../messages/format.js';
import { importMessage, type ImportMessageKey } from '../messages/import.js';

/** An import failure worded from the import messages; the command turns it into a DekomError. */
export class ImportError extends Error {
  constructor(
    readonly key: ImportMessageKey,
    readonly args: MessageArgs = {},
  ) {
    super(key);
    this.name = 'ImportError';
  }
}

/** Import errors in the user's language, as the one-line `DekomError` (exit 2); anything else unchanged. */
export function asDekomError(error: unknown, lang: Lang): unknown {
  if (error instanceof ImportError) return new DekomError('error.usage', { message: importMessage(lang, error.key, error.args) }, EXIT.usage);
  return error;
}
