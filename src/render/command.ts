import path from 'node:path';
import type { RenderFlags } from '../cli/commands/render.js';
import type { CommandContext } from '../cli/main.js';
import { EXIT } from '../errors.js';
import { label, WORD_LANGUAGE, type DocumentLang } from '../messages/render-labels/index.js';
import { renderMessage } from '../messages/render.js';
import type { Kind } from '../model/kinds.js';
import { nearestConfigFile } from '../config/load.js';
import { assertWritable, writeFileAtomic } from '../util/atomic-write.js';
import { isSameFile, type NamedFile } from '../util/same-file.js';
import type { DocxMeta } from './docx/document.js';
import { asDekomError, RenderError } from './errors.js';
import { loadPlan } from './load.js';
import { renderMarkdown } from './markdown.js';
import { plainValue } from './markdown/inline.js';
import { renderDate, resolveDocumentLang, resolveFormat } from './options.js';
import { printReport } from './report.js';
import { xmlSafe } from './docx/xml-safe.js';
import { xmlForbiddenInPlan } from './xml-chars.js';
import { printable } from '../util/terminal-text.js';
import { customTemplate } from './templates.js';

/**
 * `dekom render`: the plan through its template to Markdown (standard output or a file)
 * or to Word. Returns the exit code; failures the user can act on are DekomErrors.
 */
export async function runRender(file: string, flags: RenderFlags, context: CommandContext): Promise<number> {
  try {
    return await render(file, flags, context);
  } catch (error) {
    throw asDekomError(error, context.lang);
  }
}

async function render(file: string, flags: RenderFlags, { lang, io }: CommandContext): Promise<number> {
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
  const markdown = renderMarkdown(loaded.plan, { kind: loaded.kind, lang: documentLang, today, template });
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
  // Word support is the heaviest part of dekom; only a render to .docx loads it.
  const { markdownToDocx } = await import('./docx/document.js');
  const bytes = await markdownToDocx(markdown, documentMeta(loaded.plan, loaded.kind, documentLang, today));
  writeFileAtomic(output!, bytes, { force: flags.force, display: flags.output, option: '--output', inputs });
  return EXIT.ok;
}

/** Word's document properties, so the file is findable by title, kind and author. */
function documentMeta(plan: Readonly<Record<string, unknown>>, kind: Kind, lang: DocumentLang, today: string): DocxMeta {
  const kindName = label(lang, `kind.${kind}`);
  const contact = plan['kontakt'] as Record<string, unknown> | undefined;
  const organisation = plainValue(plan['organisasjon']).trim();
  return {
    title: xmlSafe(plainValue(plan['tittel']).trim()) || kindName,
    subject: kindName,
    creator: xmlSafe(plainValue(contact?.['navn']).trim() || organisation) || 'dekom',
    description: xmlSafe(organisation) || undefined,
    language: WORD_LANGUAGE[lang],
    date: today,
    tocTitle: label(lang, 'toc'),
    pageLabel: label(lang, 'footer.page'),
  };
}
