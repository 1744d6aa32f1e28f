import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../messages/catalogue.js';
import { label } from '../messages/render-labels/index.js';
import { renderMessage } from '../messages/render.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { Io } from '../util/io.js';
import type { BatchTarget } from './batch-targets.js';
import type { CompiledTemplate } from './handlebars/environment.js';
import { loadPlan } from './load.js';
import { renderMarkdown } from './markdown.js';
import type { Format } from './options.js';
import { resolveDocumentLang } from './options.js';
import { printReport } from './report.js';
import type { RenderRequest } from './request.js';
import { markdownToWord } from './word.js';

/** What every plan of a batch is rendered with; plain data, so it can cross to a worker. */
export interface BatchSettings {
  format: Format;
  force: boolean;
  /** The language of messages. */
  lang: Lang;
  /** The document language asked for (`--lang`); else each plan's own `språk`. */
  documentLang: RenderRequest['lang'];
  today: string;
  cwd: string;
  /** For the colours of the check report, as the main thread's standard error would show them. */
  env: Record<string, string | undefined>;
  stderrIsTTY: boolean;
}

/** What became of one plan, and what to tell the reader about it. */
export type BatchOutcome = ({ kind: 'written' } | { kind: 'invalid' } | { kind: 'incomplete'; marker: string }) & { stderr: string };

/** One plan to its document, as `dekom render <plan> -o <document>` would write it. */
export async function renderTarget(target: BatchTarget, settings: BatchSettings, template: CompiledTemplate | undefined): Promise<BatchOutcome> {
  const { plan } = target;
  const { lang, today } = settings;
  let stderr = '';
  const io: Io = {
    cwd: settings.cwd,
    env: settings.env,
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: false,
    stderrIsTTY: settings.stderrIsTTY,
    stdinIsTTY: false,
    readStdin: async () => new Uint8Array(),
  };
  const loaded = loadPlan(plan.absolute, plan.name, { lang, today, cwd: settings.cwd, bytes: target.bytes });
  if (!loaded.ok) {
    await printReport(loaded.result, { lang, io });
    return { kind: 'invalid', stderr };
  }
  const documentLang = resolveDocumentLang(settings.documentLang, loaded.plan);
  const markdown = renderMarkdown(loaded.plan, { kind: loaded.kind, lang: documentLang, today, template });
  const errors = loaded.result.problems.filter((problem) => problem.severity === 'error').length;
  const marker = label(documentLang, 'missing');
  if (errors > 0) {
    const key = errors === 1 ? 'incompleteOne' : 'incomplete';
    stderr += `dekom: ${renderMessage(lang, key, { count: errors, marker, file: plan.name })}\n`;
  }
  mkdirSync(path.dirname(target.output), { recursive: true });
  const content = settings.format === 'md' ? markdown : await markdownToWord(markdown, loaded.plan, loaded.kind, documentLang, today);
  writeFileAtomic(target.output, content, { force: settings.force, display: target.display });
  return errors > 0 ? { kind: 'incomplete', marker, stderr } : { kind: 'written', stderr };
}
