import { Chalk } from 'chalk';
import { fileURLToPath } from 'node:url';
import { colourLevel, type Io } from '../util/io.js';
import type { Kind } from '../kinds/index.js';
import type { Lang } from '../messages/catalogue.js';
import { packageRoot } from '../util/package-root.js';
import { diskFiles } from './files.js';
import { initPlan } from './init.js';
import type { Terminal } from './terminal.js';

/**
 * `dekom init` with the real disk, clock and terminal. The terminal is handed in by the
 * command line, and only when stdin is one; inquirer is loaded only if it is used.
 */
/** The flags of `dekom init`, as the command line reads them. */
export interface InitFlags {
  type?: Kind;
  force?: boolean;
  yes?: boolean;
  answers?: string;
  continue?: boolean;
}

export async function runInit(file: string, flags: InitFlags, context: { lang: Lang; io: Io }, terminal?: Omit<Terminal, 'colour'>): Promise<number> {
  const { lang, io } = context;
  const colour = colourLevel(io, io.stdoutIsTTY);
  return initPlan(
    { file, kind: flags.type, yes: flags.yes, answers: flags.answers, force: flags.force, continue: flags.continue },
    {
      lang,
      cwd: io.cwd,
      files: diskFiles,
      now: () => new Date(),
      ...(terminal
        ? {
            prompter: async () => {
              const { terminalPrompter } = await import('./terminal.js');
              return terminalPrompter({ ...terminal, colour }, lang);
            },
          }
        : {}),
      out: io.stdout,
      chalk: new Chalk({ level: colour }),
      packageRoot: fileURLToPath(packageRoot()),
    },
  );
}
