import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../messages/catalogue.js';
import type { Io } from '../util/io.js';
import { DekomError, EXIT } from '../errors.js';
import { label } from '../messages/render-labels/index.js';
import { renderMessage } from '../messages/render.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { RenderRequest } from './request.js';
import { asDekomError, RenderError } from './errors.js';
import { loadPlan } from './load.js';
import { renderMarkdown } from './markdown.js';
import { renderDate, resolveDocumentLang, resolveFormat } from './options.js';
import { printReport } from './report.js';
import { compileCustomTemplate, customTemplate } from './templates.js';
import { markdownToWord } from './word.js';

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
  if (output !== undefined && !flags.force && existsSync(output)) throw new DekomError('error.exists', { path: flags.output! });
  const template = flags.template === undefined ? undefined : customTemplate(path.resolve(io.cwd, flags.template), flags.template);

  const today = renderDate(io.env);
  const loaded = loadPlan(input, file, { lang, today, cwd: io.cwd });
  if (!loaded.ok) {
    await printReport(loaded.result, { lang, io });
    io.stderr(`dekom: ${renderMessage(lang, 'invalid')}\n`);
    return EXIT.problems;
  }

  const documentLang = resolveDocumentLang(flags.lang, loaded.plan);
  const compiled = template === undefined ? undefined : await compileCustomTemplate(template);
  const markdown = renderMarkdown(loaded.plan, { kind: loaded.kind, lang: documentLang, today, template: compiled });
  const errors = loaded.result.problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) {
    const key = errors === 1 ? 'incompleteOne' : 'incomplete';
    io.stderr(`dekom: ${renderMessage(lang, key, { count: errors, marker: label(documentLang, 'missing'), file })}\n`);
  }

  if (format === 'md') {
    if (output === undefined) io.stdout(markdown);
    else writeFileAtomic(output, markdown, { force: flags.force, display: flags.output });
    return EXIT.ok;
  }
  const bytes = await markdownToWord(markdown, loaded.plan, loaded.kind, documentLang, today);
  writeFileAtomic(output!, bytes, { force: flags.force, display: flags.output });
  return EXIT.ok;
}

/**
 * Whether writing `output` would replace the plan: the same path, the same file through a
 * symbolic link (of the file or of a folder on the way), or a hard link to it.
 */
function isSameFile(input: string, output: string): boolean {
  if (input === output || realPath(input) === realPath(output)) return true;
  try {
    const a = statSync(input);
    const b = statSync(output);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** The real path of a file, or of its folder when the file does not exist yet. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(file)), path.basename(file));
    } catch {
      return file;
    }
  }
}
