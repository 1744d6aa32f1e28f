import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../messages/catalogue.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { Io } from '../util/io.js';
import type { InputFiles } from '../util/same-file.js';
import type { BatchTarget } from './batch-targets.js';
import type { CompiledTemplate } from './handlebars/environment.js';
import { loadPlan } from './load.js';
import type { Format } from './options.js';
import { produceDocument } from './produce.js';
import { printReport } from './report.js';
import type { RenderRequest } from './request.js';

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

/**
 * One plan to its document, as `dekom render <plan> -o <document>` would write it: through
 * the same atomic write, which again refuses any file the batch reads.
 */
export async function renderTarget(target: BatchTarget, settings: BatchSettings, template: CompiledTemplate | undefined, inputs: InputFiles): Promise<BatchOutcome> {
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
  const loaded = loadPlan(plan.absolute, plan.name, { lang, today, cwd: settings.cwd, ...(target.bytes ? { bytes: target.bytes } : {}) });
  if (!loaded.ok) {
    await printReport(loaded.result, { lang, io });
    return { kind: 'invalid', stderr };
  }
  const produced = await produceDocument(loaded, { format: settings.format, lang, documentLang: settings.documentLang, today, template, file: plan.name });
  stderr += produced.notes.join('');
  mkdirSync(path.dirname(target.output), { recursive: true });
  writeFileAtomic(target.output, produced.docx ?? produced.markdown, { force: settings.force, display: target.display, option: '--out-dir', inputs });
  return produced.errors > 0 ? { kind: 'incomplete', marker: produced.marker, stderr } : { kind: 'written', stderr };
}
