import type { Command } from 'commander';
import { EXIT } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { KINDS, type Kind } from '../../kinds/index.js';
import type { CommandContext } from '../context.js';
import { parseChoice } from '../options.js';

export function registerSchema(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('schema'))
    .description(t(lang, 'help.schema'))
    .option('-t, --type <kind>', t(lang, 'help.schema.type', { kinds: KINDS.join(', ') }), parseChoice(lang, 'error.badKind', KINDS))
    .addHelpText('after', `\n${t(lang, 'help.title.examples')}\n  dekom schema --type skoleplan > skoleplan.schema.json\n`)
    .action(async (flags: { type?: Kind }) => {
      const { jsonSchemaFor } = await import('../../kinds/json-schema.js');
      context.io.stdout(`${JSON.stringify(jsonSchemaFor(flags.type), null, 2)}\n`);
      context.setExit(EXIT.ok);
    });
}
