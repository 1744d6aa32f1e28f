import type { Command } from 'commander';
import { t } from '../../messages/catalogue.js';
import type { CommandContext } from '../main.js';

export interface RenderFlags {
  format?: 'md' | 'docx';
  output?: string;
  template?: string;
  lang?: 'nb' | 'nn' | 'en';
  force?: boolean;
}

export function registerRender(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('render'))
    .description(t(lang, 'help.render'))
    .argument('<file>', t(lang, 'help.render.file'))
    .option('-f, --format <format>', t(lang, 'help.render.format'))
    .option('-o, --output <file>', t(lang, 'help.render.output'))
    .option('-t, --template <file.hbs>', t(lang, 'help.render.template'))
    .option('--force', t(lang, 'help.render.force'))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom render plan.yaml > plan.md\n  dekom render plan.yaml -o plan.docx\n  dekom render plan.yaml --lang nn -o plan-nynorsk.docx\n`,
    )
    .action(async (file: string, flags: RenderFlags, command: Command) => {
      const { runRender } = await import('../../render/command.js');
      const renderLang = (command.optsWithGlobals() as { lang?: string }).lang;
      context.setExit(await runRender(file, { ...flags, lang: renderLang as RenderFlags['lang'] }, context));
    });
}
