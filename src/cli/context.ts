import type { Command } from 'commander';
import type { Lang } from '../messages/catalogue.js';
import type { Io } from '../util/io.js';

/** What every command is registered with: the reader's language, the outside world, the exit code. */
export interface CommandContext {
  lang: Lang;
  io: Io;
  setExit(code: number): void;
  /** Applies the shared output, error and help settings to a new subcommand. */
  configure(command: Command): Command;
}
