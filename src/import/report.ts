import type { Chalk } from 'chalk';
import { stylish } from '../check/formatters/stylish.js';
import { summarise } from '../check/summarise.js';
import type { FileResult } from '../check/types.js';
import { kindDefinition } from '../kinds/index.js';
import type { Lang } from '../messages/catalogue.js';
import { importMessage } from '../messages/import.js';
import { formatPath } from '../load/source.js';
import type { ImportedPlan } from './import.js';
import { shellWord } from '../util/shell-word.js';

export interface ReportOptions {
  lang: Lang;
  chalk: InstanceType<typeof Chalk>;
  out(text: string): void;
  /** The document and the plan as the person named them; no plan file when it went to standard output. */
  document: string;
  plan?: string;
}


/**
 * What an import did, so nothing happens out of sight: the kind and how it was known,
 * the sections found and missing, the rows read, the dates interpreted, the text kept
 * in the notes, and then the check of the new plan with what to do next.
 */
export function printReport(imported: ImportedPlan, result: FileResult, options: ReportOptions): void {
  const { lang, chalk: c, out } = options;
  const m = (key: Parameters<typeof importMessage>[1], args?: Record<string, string | number>) => importMessage(lang, key, args);
  const definition = kindDefinition(imported.kind);
  const title = (key: string) => definition.sections.find((node) => node.key === key)?.title[lang] ?? key;
  const how = imported.how === 'type' ? m('by.type') : imported.how === 'document' ? m('by.document') : m('by.headings', { count: imported.headings });
  out(`${m('read', { file: options.document, kind: imported.kind, how })}\n`);
  out(options.plan ? `${c.green('✔')} ${m('written', { file: options.plan })}\n\n` : `${m('stdoutNote')}\n\n`);

  const { state } = imported;
  const lines: [string, string[]][] = [
    [m('sections'), [m('sectionsCount', { found: imported.found.length, total: imported.found.length + imported.missing.length })]],
  ];
  if (imported.missing.length > 0) lines.push([m('missing'), [imported.missing.map(title).join(', ')]]);
  lines.push([m('rows'), [imported.rows.length > 0 ? imported.rows.map((row) => `${row.path} ${row.count}`).join(', ') : m('rowsNone')]]);
  lines.push([
    m('dates'),
    state.dates.length > 0 ? [String(state.dates.length), ...state.dates.map((date) => `«${date.original}» → ${date.iso} (${formatPath(date.path)})`)] : [m('datesNone')],
  ]);
  if (state.placeholders > 0) lines.push([m('placeholders'), [m('placeholdersCount', { count: state.placeholders })]]);
  if (state.guidance > 0) lines.push([m('guidance'), [m('guidanceCount', { count: state.guidance })]]);
  const notes = state.noteHeadings;
  lines.push([
    m('unmapped'),
    notes.length > 0
      ? [m('unmappedCount', { count: notes.length, word: m(notes.length === 1 ? 'word.block.one' : 'word.block.many') }), ...notes.map((heading) => (heading ? m('under', { heading }) : m('before')))]
      : [m('unmappedNone')],
  ]);
  const width = Math.max(...lines.map(([label]) => label.length)) + 2;
  for (const [label, values] of lines) {
    values.forEach((value, index) => out(`  ${index === 0 ? c.bold(label.padEnd(width)) : ' '.repeat(width)}${index === 0 ? value : c.dim(value)}\n`));
  }

  out(`\n${c.bold(m('check'))}\n`);
  const summary = summarise([result]);
  out(stylish({ files: [result], summary }, { lang, chalk: c }));
  if (!options.plan) return;
  const file = shellWord(options.plan);
  // The new Word file must not be named as the one the plan came from.
  const base = options.plan.replace(/\.ya?ml$/i, '');
  const docx = `${base}.docx` === options.document ? `${base}-dekom.docx` : `${base}.docx`;
  const steps: [string, string][] = [
    [`dekom check ${file}`, m('next.check')],
    [`dekom render ${file} --output ${shellWord(docx)}`, m('next.render')],
  ];
  const commandWidth = Math.max(...steps.map(([command]) => command.length));
  out(`\n${c.bold(m('next.title'))}\n`);
  if (result.problems.length > 0 || notes.length > 0) out(`  ${c.dim(m('next.edit', { file }))}\n`);
  for (const [command, what] of steps) out(`  ${c.cyan(command.padEnd(commandWidth))}  ${c.dim(what)}\n`);
}
