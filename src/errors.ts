import type { MessageArgs } from './messages/format.js';
import type { Lang, MessageKey } from './messages/catalogue.js';

/** Exit codes of every command, as README and `--help` state them. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** One text in each language of the messages. */
export type Localized = Readonly<Record<Lang, string>>;

/**
 * A failure the user can act on: it carries a catalogue message and an exit code, and
 * is printed as one line without a stack trace.
 */
export class DekomError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly args: MessageArgs = {},
    readonly exitCode: ExitCode = EXIT.usage,
    /** Arguments worded in each language, for failures found where the reader's language is not known. */
    readonly localized: Readonly<Record<string, Localized>> = {},
  ) {
    super(key);
    this.name = 'DekomError';
  }
}
