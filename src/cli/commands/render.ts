import type { Command } from 'commander';
import { t } from '../../messages/catalogue.js';
import type { CommandContext } from '../context.js';
import { parseChoice } from '../options.js';

import { RENDER_FORMATS, type RenderRequest } from '../../render/request.js';

export function registerRender(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('render'))
    .description(t(lang, 'help.render'))
    .argument('<file>', t(lang, 'help.render.file'))
    .option('-f, --format <format>', t(lang, 'help.render.format'), parseChoice(lang, 'error.badFormat', RENDER_FORMATS))
    .option('-o, --output <file>', t(lang, 'help.render.output'))
    .option('-t, --template <file.hbs>', t(lang, 'help.render.template'))
    .option('--force', t(lang, 'help.render.force'))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom render plan.yaml > plan.md\n  dekom render plan.yaml -o plan.docx\n  dekom render plan.yaml --lang nn -o plan-nynorsk.docx\n  dekom render plan.yaml --template min-mal.md.hbs -o plan.md\n`,
    )
    .action(async (file: string, flags: RenderRequest, command: Command) => {
      // Loaded only now: Handlebars, marked and docx are never on the path of `check` or `--version`.
      const { runRender } = await import('../../render/command.js');
      const documentLang = (command.optsWithGlobals() as { lang?: RenderRequest['lang'] }).lang;
      context.setExit(await runRender(file, { ...flags, lang: documentLang }, context));
    });
}
