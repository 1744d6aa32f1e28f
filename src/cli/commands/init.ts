import type { Command } from 'commander';
import { t } from '../../messages/catalogue.js';
import type { InitFlags } from '../../init/command.js';
import { KINDS } from '../../kinds/index.js';
import type { CommandContext } from '../context.js';
import { parseChoice } from '../options.js';

export function registerInit(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('init'))
    .description(t(lang, 'help.init'))
    .argument('[file]', t(lang, 'help.init.file'), 'plan.yaml')
    .option('-t, --type <kind>', t(lang, 'help.init.type', { kinds: KINDS.join(', ') }), parseChoice(lang, 'error.badKind', KINDS))
    .option('-y, --yes', t(lang, 'help.init.yes'))
    .option('-a, --answers <file.yaml>', t(lang, 'help.init.answers'))
    .option('--force', t(lang, 'help.init.force'))
    .option('-c, --continue', t(lang, 'help.init.continue'))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom init\n  dekom init --type skoleplan skoleplan.yaml\n  dekom init --yes --type nettverksplan nettverk.yaml\n  dekom init --answers svar.yaml plan.yaml\n  dekom init --continue plan.yaml\n`,
    )
    .action(async (file: string, flags: InitFlags) => {
      const { runInit } = await import('../../init/command.js');
      // The prompts need the real terminal; it is handed over only when stdin is one.
      if (!context.io.stdinIsTTY) {
        context.setExit(await runInit(file, flags, context));
        return;
      }
      // A closed terminal (SIGHUP, or EIO on reading it) stops the prompt as Ctrl-C does, so
      // the draft is saved; without a handler Node would die of the signal mid-write.
      const { exitWithoutTerminal, quietRawMode } = await import('../closed-terminal.js');
      const gone = new AbortController();
      const hangUp = () => gone.abort();
      process.on('SIGHUP', hangUp);
      process.stdin.on('error', hangUp);
      process.stdin.on('end', hangUp);
      const restoreRawMode = quietRawMode(process.stdin, hangUp);
      let code: number;
      try {
        const terminal = { input: process.stdin, output: process.stdout, columns: process.stdout.columns ?? 80, signal: gone.signal };
        code = await runInit(file, flags, context, terminal);
      } finally {
        process.off('SIGHUP', hangUp);
        process.stdin.off('end', hangUp);
        restoreRawMode();
      }
      // The draft is saved by now; with the terminal gone there is nobody to tell, only an exit code.
      if (gone.signal.aborted) exitWithoutTerminal(code);
      context.setExit(code);
    });
}
