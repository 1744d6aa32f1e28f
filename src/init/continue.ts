import path from 'node:path';
import { openPlan } from '../check/open.js';
import { DekomError, EXIT } from '../errors.js';
import { kindDefinition, type Kind } from '../kinds/index.js';
import { decode } from '../load/decode.js';
import { inputError } from '../load/read-limited.js';
import { formatPath, type Path } from '../load/source.js';
import { ti, type InitLang } from '../messages/init.js';
import { isRecord } from '../model/walk.js';
import { todayIso } from '../util/dates.js';
import { shellWord } from '../util/shell-word.js';
import { askScalar } from './ask-field.js';
import { gapsOf, valueAt, type Gap } from './continue-questions.js';
import { DRAFT_KIND, draftPath, readDraft, removeDraft, writeDraft, type LoggedAnswer } from './draft.js';
import { fieldsOf, keyFields, type FieldOf } from './fields.js';
import { cancelledNote, readAnswers, stamp, usage, type InitContext, type InitRequest } from './init.js';
import { tidyGiven } from './read-answer.js';
import { labelOf, rowNameOf } from './labels.js';
import { writeAnswers, type AddedRows, type PlanAnswer } from './plan-edits.js';
import { PromptCancelled, type Prompter } from './prompter.js';
import { exitFor, reportWritten } from './report.js';
import { session } from './session.js';

/**
 * `dekom init --continue plan.yaml`: asks what `check` reports as missing or wrong in the
 * plan, offers to add rows where it asked, and writes the answers into the plan's own
 * text. Exits as `init` does: 0 clean, 1 errors left, 2 stopped or could not run.
 */
export async function continuePlan(request: InitRequest, ctx: InitContext): Promise<number> {
  const { lang, files } = ctx;
  const target = path.resolve(ctx.cwd, request.file);
  const display = request.file;
  if (request.yes) throw usage(lang, 'error.continueYes');
  if (files.isFolder(target)) throw usage(lang, 'error.targetFolder', { path: display, example: path.join(display, 'plan.yaml') });
  const bytes = readPlanBytes(target, display, ctx);
  const today = todayIso(ctx.now());
  const opened = openPlan(target, display, { cwd: ctx.cwd, lang, fallbackToday: today, bytes });
  const decoded = decode(bytes);
  if (opened.source.faults.length > 0 || !opened.plan || !opened.kind || 'fault' in decoded) throw usage(lang, 'error.continueNotPlan', { file: display });
  const { plan, kind } = opened;
  const gaps = gapsOf(kind, opened.result.problems, plan);
  const inputs = request.answers === undefined ? [] : [{ path: path.resolve(ctx.cwd, request.answers), display: request.answers }];
  const writeBack = (answers: PlanAnswer[], added: AddedRows[], fromDraft: boolean): number => {
    // Edited with line feeds, written back with the line ends the plan has.
    const crlf = decoded.text.includes('\r\n');
    const edited = writeAnswers(decoded.text.replace(/\r\n/g, '\n'), kindDefinition(kind), answers, added, lang === 'en' ? 'en' : 'nb');
    const text = crlf ? edited.replace(/\n/g, '\r\n') : edited;
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    files.write(target, (bom ? '\uFEFF' : '') + text, { force: true, display, inputs });
    if (fromDraft) removeDraft(files, target);
    const result = reportWritten(display, text, kind, false, { lang, today, file: target, cwd: ctx.cwd, chalk: ctx.chalk, out: ctx.out });
    return exitFor(result);
  };
  const given = request.answers !== undefined ? readAnswers(request.answers, ctx) : undefined;
  if (!ctx.prompter) {
    if (!given) throw usage(lang, 'error.noTerminalContinue', { file: display });
    // Without a terminal the answers file must answer every question, as for plain init.
    const open = gaps.filter((gap) => gap.ask === 'rows' || valueAt(given, gap.path) === undefined);
    if (open.length > 0) throw usage(lang, 'error.continueMissing', { file: request.answers!, count: open.length, paths: open.map((gap) => formatPath(gap.path)).join(', ') });
  }

  files.checkWritable?.(target, { force: true, display, inputs });
  if (!ctx.prompter) {
    const answered = fromFile(gaps, given!);
    return writeBack(answered, [], false);
  }
  files.checkWritable?.(draftPath(target), { force: true, display: draftPath(display), inputs: [{ path: target, display }], ownKind: DRAFT_KIND });
  const prompter = await ctx.prompter();
  const found = readDraft(files, target);
  // A draft of plain `init` holds answers for a new plan: replacing it with these would lose them.
  if (found && !found.continues) throw usage(lang, 'error.continueOtherDraft', { file: display, draft: draftPath(display) });
  const draft = found?.kind === kind ? found : undefined;
  let replay: readonly LoggedAnswer[] = [];
  let log: readonly LoggedAnswer[] = [];
  const command = `dekom init --continue ${shellWord(display)}`;
  try {
    prompter.say(ti(lang, 'continue.title', { file: display, count: gaps.length }), 'strong');
    if (draft) {
      const resume = await prompter.confirm({
        id: 'resume',
        message: ti(lang, 'resume.question', { kind: draft.kind, count: draft.answers.length, saved: draft.saved }),
        default: true,
      });
      if (resume) log = replay = draft.answers;
      else prompter.say(ti(lang, 'resume.fresh'));
    }
    if (gaps.length === 0) {
      prompter.say(ti(lang, 'continue.nothing', { file: display }));
      return exitFor(opened.result);
    }
    prompter.say(ti(lang, 'intro.help'), 'quiet');
    prompter.say(ti(lang, 'intro.draft', { draft: draftPath(display) }), 'quiet');
    prompter.say('');
    const answered = await session(
      prompter,
      {
        replay,
        lang,
        onAnswer(given) {
          log = given;
          writeDraft(files, target, { file: display, kind, saved: stamp(ctx.now()), given: {}, answers: [...given], continues: true }, lang);
        },
      },
      (asking) => askGaps(kind, lang, asking, plan, gaps, given ?? {}),
    );
    if (answered.answers.length === 0 && answered.added.length === 0) {
      removeDraft(files, target);
      ctx.out(`\n${ti(lang, 'continue.unchanged', { file: display })}\n`);
      return exitFor(opened.result);
    }
    return writeBack(answered.answers, answered.added, true);
  } catch (error) {
    if (!(error instanceof PromptCancelled)) throw error;
    const kept = log.length > 0 ? log.length : files.exists(draftPath(target)) ? (draft?.answers.length ?? 0) : 0;
    ctx.out(`\n${cancelledNote(lang, command, draftPath(display), kept, log.at(-1))}\n`);
    return EXIT.usage;
  }
}

function readPlanBytes(target: string, display: string, ctx: InitContext): Uint8Array {
  let bytes: Uint8Array | { tooLarge: number } | undefined;
  try {
    bytes = ctx.files.readBytes(target);
  } catch (error) {
    throw inputError(error, display);
  }
  if (bytes === undefined) throw new DekomError('error.notFound', { path: display });
  if ('tooLarge' in bytes) throw usage(ctx.lang, 'error.continueNotPlan', { file: display });
  return bytes;
}

/** The answers an answers file gives at the paths of the gaps, read as `init` reads a file's answers. */
function fromFile(gaps: readonly Gap[], given: Readonly<Record<string, unknown>>): PlanAnswer[] {
  return gaps.flatMap((gap) => {
    const value = gap.ask === 'value' ? valueAt(given, gap.path) : undefined;
    return gap.ask === 'value' && value !== undefined ? [{ path: gap.path, value: tidyGiven(gap.field, value) }] : [];
  });
}

interface Answered {
  answers: PlanAnswer[];
  added: AddedRows[];
}

/** The questions for the gaps, section by section, then new rows for the lists asked about. */
async function askGaps(kind: Kind, lang: InitLang, prompter: Prompter, plan: Record<string, unknown>, gaps: readonly Gap[], given: Readonly<Record<string, unknown>>): Promise<Answered> {
  const answers: PlanAnswer[] = fromFile(gaps, given);
  const lists = new Map<string, { path: Path; field: FieldOf<'rows'>; min: number }>();
  const top = keyFields(fieldsOf(kind));
  let section: string | undefined;
  for (const gap of gaps) {
    const head = top.find((field) => field.key === gap.path[0]);
    if (head && head.key !== section) {
      section = head.key;
      prompter.section(labelOf(head, lang));
    }
    if (gap.ask === 'rows') {
      lists.set(formatPath(gap.path), { path: gap.path, field: gap.field, min: gap.field.min });
      continue;
    }
    if (answers.some((answer) => answer.path === gap.path)) continue;
    if (gap.row) {
      const listPath = gap.path.slice(0, gap.path.indexOf(gap.row.index));
      if (!lists.has(formatPath(listPath))) lists.set(formatPath(listPath), { path: listPath, field: gap.row.list, min: 0 });
    }
    prompter.say(gap.problem.message, 'quiet');
    const named = gap.row ? prefixed(prompter, `${rowNameOf(gap.row.list, lang).one} ${gap.row.index + 1}`) : prompter;
    const siblings = valueAt(plan, gap.path.slice(0, -1));
    const value = await askScalar({
      kind,
      lang,
      prompter: named,
      field: gap.field,
      id: formatPath(gap.path),
      mustAnswer: false,
      siblings: isRecord(siblings) ? siblings : {},
      plan,
      ...(gap.row ? { row: gap.row.index + 1 } : {}),
    });
    if (value !== undefined) answers.push({ path: gap.path, value });
  }
  const added: AddedRows[] = [];
  for (const { path: listPath, field, min } of lists.values()) {
    const existing = valueAt(plan, listPath);
    const count = Array.isArray(existing) ? existing.length : 0;
    const rows: Record<string, unknown>[] = [];
    const name = rowNameOf(field, lang);
    prompter.section(labelOf(field, lang));
    for (let index = count; ; index++) {
      if (index >= min) {
        const more = await prompter.confirm({ id: `${formatPath([...listPath, index])}?`, message: ti(lang, index === 0 ? 'row.addFirst' : 'row.addAnother', name), default: false });
        if (!more) break;
      }
      rows.push(await askRow(kind, lang, prefixed(prompter, `${name.one} ${index + 1}`), plan, field, [...listPath, index]));
    }
    if (rows.length > 0) added.push({ path: listPath, rows });
  }
  return { answers, added };
}

/** A new row: its fields asked as `init` asks a row, those it cannot do without refused empty. */
async function askRow(kind: Kind, lang: InitLang, prompter: Prompter, plan: Record<string, unknown>, list: FieldOf<'rows'>, at: Path): Promise<Record<string, unknown>> {
  const row: Record<string, unknown> = {};
  const index = at.at(-1) as number;
  for (const field of keyFields(list.fields)) {
    if (field.type === 'fixed') row[field.key] = field.value;
    if (field.type === 'fixed' || field.type === 'group' || field.type === 'rows' || field.type === 'heading' || field.ask.skip) continue;
    const value = await askScalar({
      kind,
      lang,
      prompter,
      field,
      id: formatPath([...at, field.key]),
      mustAnswer: field.required && field.type !== 'prose',
      siblings: row,
      plan,
      row: index + 1,
    });
    if (value !== undefined) row[field.key] = value;
  }
  return row;
}

/** The same prompter, its questions named by the row they are about: "Oppgave 3: Ansvarlig". */
function prefixed(inner: Prompter, prefix: string): Prompter {
  const named = <Q extends { message: string }>(q: Q): Q => ({ ...q, message: `${prefix}: ${q.message}` });
  return {
    text: (q) => inner.text(named(q)),
    select: (q) => inner.select(named(q)),
    checkbox: (q) => inner.checkbox(named(q)),
    confirm: (q) => inner.confirm(named(q)),
    section: (...args) => inner.section(...args),
    say: (...args) => inner.say(...args),
  };
}
