import { isRecord } from '../model/walk.js';
import type { Chalk } from 'chalk';
import path from 'node:path';
import { stringify } from 'yaml';
import { DekomError, EXIT } from '../errors.js';
import { faultPosition, faultText } from '../load/fault-text.js';
import { inputError } from '../load/read-limited.js';
import { oversizedSource, parseSource, type SyntaxFault } from '../load/source.js';
import { ti, type InitLang, type InitMessageKey } from '../messages/init.js';
import { isKind, kindDefinition, KINDS, type Kind } from '../kinds/index.js';
import { todayIso } from '../util/dates.js';
import { planDocument } from './document.js';
import { DRAFT_KIND, draftPath, readDraft, removeDraft, writeDraft, type LoggedAnswer } from './draft.js';
import type { Files } from './files.js';
import { fillPlan } from './fill.js';
import { interview } from './flow.js';
import { missingAnswers } from './missing.js';
import { PromptCancelled, type Prompter } from './prompter.js';
import { exitFor, reportWritten } from './report.js';
import { schemaReference } from './schema-ref.js';
import { session } from './session.js';
import { continuePlan } from './continue.js';

/** What the person asked for: the flags of `dekom init`. */
export interface InitRequest {
  file: string;
  kind?: Kind;
  yes?: boolean;
  answers?: string;
  force?: boolean;
  /** Ask what `check` finds missing or wrong in the plan at `file`, and write the answers into it. */
  continue?: boolean;
}

/** The outside world of `init`, injected so a test runs it with a script and a map of files. */
export interface InitContext {
  lang: InitLang;
  cwd: string;
  files: Files;
  now(): Date;
  /** The terminal's prompter; absent when no terminal is attached. */
  prompter?: () => Promise<Prompter>;
  out(text: string): void;
  chalk: InstanceType<typeof Chalk>;
  /** The installed package's folder: the `$schema` line points into its `schemas/` when the plan's project holds it. */
  packageRoot?: string;
}

/**
 * Drafts a plan into `request.file`: a skeleton with `--yes`, the answers file as it is
 * without a terminal, or the questions in one. Returns the exit code; throws DekomError
 * for what stops it before anything is written.
 */
export async function initPlan(request: InitRequest, ctx: InitContext): Promise<number> {
  if (request.continue) return continuePlan(request, ctx);
  const { lang, files } = ctx;
  const target = path.resolve(ctx.cwd, request.file);
  const display = request.file;
  // A folder is never replaced, --force or not: say so before "exists" suggests --force.
  if (files.isFolder(target)) throw usage(lang, 'error.targetFolder', { path: display, example: path.join(display, 'plan.yaml') });
  if (!request.force && files.exists(target)) throw new DekomError('error.exists', { path: display });
  const inputs = request.answers === undefined ? [] : [{ path: path.resolve(ctx.cwd, request.answers), display: request.answers }];
  files.checkWritable?.(target, { force: request.force === true, display, inputs });
  const answers = request.answers !== undefined ? readAnswers(request.answers, ctx) : {};
  let kind = kindOf(request, answers, lang);

  const write = (plan: Record<string, unknown>, chosen: Kind, skeleton: boolean, fromDraft = false): number => {
    const schemaRef = schemaReference(target, chosen, ctx.packageRoot);
    const text = planDocument(plan, { kind: chosen, lang, schemaRef, commentRows: skeleton });
    files.write(target, text, { force: request.force === true, display, inputs });
    // Only the run that used the draft's answers may let it go, and only once they are in the plan.
    if (fromDraft) removeDraft(files, target);
    const result = reportWritten(display, text, chosen, skeleton, { lang, today: todayIso(ctx.now()), file: target, cwd: ctx.cwd, chalk: ctx.chalk, out: ctx.out });
    if (files.exists(draftPath(target))) ctx.out(`\n${ti(lang, 'draft.kept', { draft: draftPath(display) })}\n`);
    // A skeleton is incomplete by design; answers are meant to be a plan, and end as `check` would.
    return skeleton ? EXIT.ok : exitFor(result);
  };

  if (request.yes) {
    if (!kind) throw usage(lang, 'error.needKind', { kinds: KINDS.join(', ') });
    return write(fillPlan(kind, answers, true), kind, true);
  }
  if (!ctx.prompter) {
    if (request.answers === undefined) throw usage(lang, 'error.noTerminal');
    const missing = kind ? missingAnswers(kind, answers) : [{ path: 'type' }];
    if (missing.length > 0) {
      const paths = missing.map((m) => ('rows' in m ? ti(lang, 'missing.rows', { path: m.path }) : m.path)).join(', ');
      throw usage(lang, 'error.missing', { file: request.answers, count: missing.length, paths });
    }
    return write(fillPlan(kind!, answers, false), kind!, false);
  }

  files.checkWritable?.(draftPath(target), { force: true, display: draftPath(display), inputs: [...inputs, { path: target, display }], ownKind: DRAFT_KIND });
  const prompter = await ctx.prompter();
  let given = answers;
  let replay: readonly LoggedAnswer[] = [];
  let log: readonly LoggedAnswer[] = [];
  // A draft of `init --continue` holds answers to a plan that is there, not to a new one.
  const found = readDraft(files, target);
  const draft = found?.continues ? undefined : found;
  try {
    prompter.say(ti(lang, 'intro.title', { file: display }), 'strong');
    if (draft) {
      const resume = await prompter.confirm({
        id: 'resume',
        message: ti(lang, 'resume.question', { kind: draft.kind, count: draft.answers.length, saved: draft.saved }),
        default: true,
      });
      if (resume) {
        ({ kind, given, answers: replay } = draft);
        log = replay;
      } else prompter.say(ti(lang, 'resume.fresh'));
    }
    prompter.say(ti(lang, 'intro.help'), 'quiet');
    prompter.say(ti(lang, 'intro.draft', { draft: draftPath(display) }), 'quiet');
    prompter.say('');
    const chosen =
      kind ??
      (await prompter.select({
        id: 'type',
        message: ti(lang, 'kind.question'),
        choices: KINDS.map((value) => ({ value, name: value, description: kindDefinition(value).names[lang] })),
      }));
    const plan = await session(
      prompter,
      {
        replay,
        lang,
        onAnswer(answered) {
          log = answered;
          writeDraft(files, target, { file: display, kind: chosen, saved: stamp(ctx.now()), given, answers: [...answered] }, lang);
        },
      },
      (asking) => interview({ kind: chosen, lang, prompter: asking, given }),
    );
    return write(plan, chosen, false, true);
  } catch (error) {
    if (!(error instanceof PromptCancelled)) throw error;
    const kept = log.length > 0 ? log.length : files.exists(draftPath(target)) ? (draft?.answers.length ?? 0) : 0;
    const said = cancelledNote(lang, `dekom init ${display}`, draftPath(display), kept, log.at(-1));
    ctx.out(`\n${said}\n`);
    return EXIT.usage;
  }
}

/** What Ctrl-C leaves: how many answers the draft keeps, and the command that goes on from them. */
export function cancelledNote(lang: InitLang, command: string, draft: string, kept: number, last: LoggedAnswer | undefined): string {
  const partial = last?.partial && typeof last.answer === 'string' ? last.answer.split('\n').length : 0;
  if (partial > 0) {
    return ti(lang, 'cancelled.partial', { count: kept - 1, draft, command, lines: partial, lineWord: ti(lang, partial === 1 ? 'word.line.one' : 'word.line.many') });
  }
  return kept > 0 ? ti(lang, 'cancelled', { count: kept, draft, command }) : ti(lang, 'cancelled.none');
}

export function readAnswers(file: string, ctx: InitContext): Record<string, unknown> {
  const where = path.resolve(ctx.cwd, file);
  if (ctx.files.isFolder(where)) throw new DekomError('error.unreadable', { path: file, reason: 'EISDIR' });
  let bytes: Uint8Array | { tooLarge: number } | undefined;
  try {
    bytes = ctx.files.readBytes(where);
  } catch (error) {
    throw inputError(error, file);
  }
  if (bytes === undefined) throw new DekomError('error.notFound', { path: file });
  // Read as `check` reads a plan: BOM, encoding, size and alias bounds, positions of faults.
  const source = 'tooLarge' in bytes ? oversizedSource(bytes.tooLarge) : parseSource(bytes);
  const fault = source.faults[0];
  if (fault) throw answersFault(file, fault, ctx.lang);
  const data = source.data;
  if (data === null || data === undefined) return {};
  if (!isRecord(data)) throw usage(ctx.lang, 'error.answersShape', { file });
  return data;
}

/** What is wrong with the answers file, where, in the person's language; the parser's words only in parentheses. */
function answersFault(file: string, fault: SyntaxFault, lang: InitLang): DekomError {
  switch (fault.kind) {
    case 'yaml':
      return usage(lang, 'error.answersYaml', { file, line: fault.position.line, column: fault.position.column, detail: fault.message });
    case 'aliases':
      return usage(lang, 'error.answersAliases', { file, line: fault.position.line, column: fault.position.column });
    case 'too-large':
      return usage(lang, 'error.answersTooLarge', { file, size: `${(fault.bytes / 1024 / 1024).toFixed(1)} MB` });
    case 'word':
      return usage(lang, 'error.answersWord', { file });
    case 'binary':
      return usage(lang, 'error.answersBinary', { file });
    default: {
      // The rest (a NUL, an encoding, an alias to nowhere or to itself, a limit) is told as `check` tells it.
      const at = faultPosition(fault);
      return usage(lang, 'error.answersFault', { file, line: at.line, column: at.column, message: faultText(fault, lang) });
    }
  }
}

function kindOf(request: InitRequest, answers: Readonly<Record<string, unknown>>, lang: InitLang): Kind | undefined {
  const given = answers['type'];
  if (given !== undefined && given !== null && !isKind(given)) {
    throw usage(lang, 'error.answersKind', { value: shown(given), file: request.answers ?? '', kinds: KINDS.join(', ') });
  }
  if (request.kind && given && given !== request.kind) {
    throw usage(lang, 'error.kindConflict', { flag: request.kind, file: request.answers ?? '', given: shown(given) });
  }
  return request.kind ?? (isKind(given) ? given : undefined);
}

/** A value from the answers file as the person wrote it: a list or mapping as flow YAML, not `[object Object]`. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  return isRecord(value) || Array.isArray(value) ? stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim() : String(value);
}

export function usage(lang: InitLang, key: InitMessageKey, args: Record<string, string | number> = {}): DekomError {
  return new DekomError('error.usage', { message: ti(lang, key, args) });
}

/** When the draft was saved, as the person will recognise it: local date and time. */
export function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
