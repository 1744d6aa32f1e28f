import path from 'node:path';
import { nearestConfigFile } from '../config/load.js';
import { EXIT } from '../errors.js';
import type { Lang } from '../messages/catalogue.js';
import { label } from '../messages/render-labels/index.js';
import { renderMessage } from '../messages/render.js';
import { assertWritable, writeFileAtomic } from '../util/atomic-write.js';
import type { Io } from '../util/io.js';
import { isSameFile, type NamedFile } from '../util/same-file.js';
import { printable } from '../util/terminal-text.js';
import { asDekomError, RenderError } from './errors.js';
import { loadPlan } from './load.js';
import { renderMarkdown } from './markdown.js';
import { withTimeline } from './timeline.js';
import { renderDate, resolveDocumentLang, resolveFormat } from './options.js';
import { printReport } from './report.js';
import type { RenderRequest } from './request.js';
import { customTemplate } from './templates.js';
import { markdownToWord } from './word.js';
import { xmlForbiddenInPlan } from './xml-chars.js';

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

  const documentLang = resolveDocumentLang(flags.lang, loaded.plan);
  const document = renderMarkdown(loaded.plan, { kind: loaded.kind, lang: documentLang, today, template });
  // A template of one's own says what the document holds; the built-in one ends with the timeline.
  const markdown = template ? document : withTimeline(document, loaded.plan, loaded.kind, documentLang, format === 'md' ? 'gantt' : 'grid');
  const errors = loaded.result.problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) {
    const key = errors === 1 ? 'incompleteOne' : 'incomplete';
    io.stderr(`dekom: ${printable(renderMessage(lang, key, { count: errors, marker: label(documentLang, 'missing'), file }))}\n`);
  }

  if (format === 'md') {
    // On a terminal the document is read, not stored: what would drive the terminal is written out.
    if (output === undefined) io.stdout(io.stdoutIsTTY ? printable(markdown, { keepLineBreaks: true }) : markdown);
    else writeFileAtomic(output, markdown, { force: flags.force, display: flags.output, option: '--output', inputs });
    return EXIT.ok;
  }
  const forbidden = xmlForbiddenInPlan(loaded.plan);
  if (forbidden.count > 0) {
    const shown = forbidden.paths.length > 5 ? `${forbidden.paths.slice(0, 5).join(', ')} …` : forbidden.paths.join(', ');
    io.stderr(`dekom: ${printable(renderMessage(lang, 'xmlChars', { count: forbidden.count, paths: shown }))}\n`);
  }
  const bytes = await markdownToWord(markdown, loaded.plan, loaded.kind, documentLang, today);
  writeFileAtomic(output!, bytes, { force: flags.force, display: flags.output, option: '--output', inputs });
  return EXIT.ok;
}
