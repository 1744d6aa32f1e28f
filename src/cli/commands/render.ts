import type { Command } from 'commander';
import { t, type Lang } from '../../messages/catalogue.js';
import type { CommandContext } from '../context.js';
import { parseChoice, parseConcurrency } from '../options.js';

import { DekomError, EXIT } from '../../errors.js';
import type { RenderMessageKey } from '../../messages/render.js';
import { RENDER_FORMATS, type RenderRequest } from '../../render/request.js';

export function registerRender(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('render'))
    .description(t(lang, 'help.render'))
    .argument('<file...>', t(lang, 'help.render.file'))
    .option('-f, --format <format>', t(lang, 'help.render.format'), parseChoice(lang, 'error.badFormat', RENDER_FORMATS))
    .option('-o, --output <file>', t(lang, 'help.render.output'))
    .option('--out-dir <dir>', t(lang, 'help.render.outDir'))
    .option('--concurrency <n>', t(lang, 'help.render.concurrency'), parseConcurrency(lang))
    .option('-t, --template <file.hbs>', t(lang, 'help.render.template'))
    .option('--force', t(lang, 'help.render.force'))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom render plan.yaml > plan.md\n  dekom render plan.yaml -o plan.docx\n  dekom render plan.yaml --lang nn -o plan-nynorsk.docx\n  dekom render plan.yaml --template min-mal.md.hbs -o plan.md\n  dekom render planer --out-dir dokumenter\n`,
    )
    .action(async (files: string[], flags: RenderRequest & { outDir?: string; concurrency?: number | 'auto' }, command: Command) => {
      // Loaded only now: Handlebars, marked and the Word writer are never on the path of `check` or `--version`.
      const documentLang = (command.optsWithGlobals() as { lang?: RenderRequest['lang'] }).lang;
      if (flags.outDir !== undefined) {
        const { runBatchRender } = await import('../../render/batch.js');
        const { outDir, output, ...request } = flags;
        if (output !== undefined) throw await usageError(lang, 'outDirAndOutput');
        context.setExit(await runBatchRender(files, { ...request, outDir, lang: documentLang }, context));
        return;
      }
      if (files.length > 1) throw await usageError(lang, 'needsOutDir');
      const { runRender } = await import('../../render/command.js');
      context.setExit(await runRender(files[0]!, { ...flags, lang: documentLang }, context));
    });
}

/** A misuse of `render`'s arguments (exit 2), worded from the render messages. */
async function usageError(lang: Lang, key: RenderMessageKey): Promise<DekomError> {
  const { renderMessage } = await import('../../messages/render.js');
  return new DekomError('error.usage', { message: renderMessage(lang, key) }, EXIT.usage);
}
