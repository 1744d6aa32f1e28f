import type { Command } from 'commander';
import { t } from '../../messages/catalogue.js';
import type { ImportFlags } from '../../import/command.js';
import { KINDS } from '../../kinds/index.js';
import type { CommandContext } from '../context.js';
import { parseChoice, parseDate } from '../options.js';

export function registerImport(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('import'))
    .description(t(lang, 'help.import'))
    .argument('<file.docx>', t(lang, 'help.import.file'))
    .option('-o, --output <file>', t(lang, 'help.import.output'))
    .option('-t, --type <kind>', t(lang, 'help.import.type', { kinds: KINDS.join(', ') }), parseChoice(lang, 'error.badKind', KINDS))
    .option('--today <date>', t(lang, 'help.import.today'), parseDate(lang))
    .option('--force', t(lang, 'help.import.force'))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom import gammel-plan.docx\n  dekom import skoleplan-2025.docx -o skoleplan.yaml --type skoleplan\n  dekom import plan.docx -o - > plan.yaml\n`,
    )
    .action(async (file: string, flags: ImportFlags) => {
      // Loaded only now: reading Word documents is never on the path of another command.
      const { runImport } = await import('../../import/command.js');
      context.setExit(await runImport(file, flags, context));
    });
}
