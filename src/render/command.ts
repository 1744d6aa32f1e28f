import path from 'node:path';
import { nearestConfigFile } from '../config/load.js';
import { EXIT } from '../errors.js';
import type { Lang } from '../messages/catalogue.js';
import { renderMessage } from '../messages/render.js';
import { assertWritable, writeFileAtomic } from '../util/atomic-write.js';
import type { Io } from '../util/io.js';
import { isSameFile, type NamedFile } from '../util/same-file.js';
import { printable } from '../util/terminal-text.js';
import { asDekomError, RenderError } from './errors.js';
import { loadPlan } from './load.js';
import { renderDate, resolveFormat } from './options.js';
import { produceDocument } from './produce.js';
import { printReport } from './report.js';
import type { RenderRequest } from './request.js';
import { compileCustomTemplate, customTemplate } from './templates.js';

/**
 * `dekom render`: the plan through its template to Markdown (standard output or a file)
 * or to Word. Returns the exit code; failures the user can act on are DekomErrors.
 */
export async function runRender(file: string, flags: RenderRequest, context: { lang: Lang; io: Io }): Promise<number> {
  try {
    return await render(file, flags, context);
  } catch (error) {
    throw asDekomError(error, context.lang);
  }
}

async function render(file: string, flags: RenderRequest, { lang, io }: { lang: Lang; io: Io }): Promise<number> {
  const input = path.resolve(io.cwd, file);
  // "-" is standard output, as for most tools that take a file name.
  const output = flags.output === undefined || flags.output === '-' ? undefined : path.resolve(io.cwd, flags.output);
  // Everything that makes the command itself unusable is said before any work is done;
  // writing over the plan is the worst of it, so it is said first, whatever the file is called.
  if (output !== undefined && isSameFile(input, output)) throw new RenderError('sameAsInput', { path: flags.output! });
  const format = resolveFormat(flags);
  if (format === 'docx' && output === undefined) throw new RenderError('docxToStdout');
  const inputs: NamedFile[] = [{ path: input, display: file }];
  if (flags.template !== undefined) inputs.push({ path: path.resolve(io.cwd, flags.template), display: flags.template });
  const config = nearestConfigFile(path.dirname(input));
  if (config) inputs.push({ path: config, display: path.relative(io.cwd, config) || config });
  if (output !== undefined) assertWritable(output, { force: flags.force, display: flags.output, option: '--output', inputs });
  const template = flags.template === undefined ? undefined : customTemplate(path.resolve(io.cwd, flags.template), flags.template);

  const today = renderDate(io.env);
  const loaded = loadPlan(input, file, { lang, today, cwd: io.cwd });
  if (!loaded.ok) {
    await printReport(loaded.result, { lang, io });
    io.stderr(`dekom: ${renderMessage(lang, 'invalid')}\n`);
    return EXIT.problems;
  }

  const compiled = template === undefined ? undefined : await compileCustomTemplate(template);
  const produced = await produceDocument(loaded, { format, lang, documentLang: flags.lang, today, template: compiled, file });
  for (const note of produced.notes) io.stderr(note);
  const writing = { force: flags.force, display: flags.output, option: '--output', inputs };
  if (produced.docx !== undefined) writeFileAtomic(output!, produced.docx, writing);
  // On a terminal the document is read, not stored: what would drive the terminal is written out.
  else if (output === undefined) io.stdout(io.stdoutIsTTY ? printable(produced.markdown, { keepLineBreaks: true }) : produced.markdown);
  else writeFileAtomic(output, produced.markdown, writing);
  return EXIT.ok;
}
