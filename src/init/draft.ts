import { isRecord } from '../model/walk.js';
import path from 'node:path';
import { Document } from 'yaml';
import { parseText } from '../load/source.js';
import { ti, type InitLang } from '../messages/init.js';
import { isKind, type Kind } from '../kinds/index.js';
import type { OwnKind } from '../util/atomic-write.js';
import type { Files } from './files.js';
import { PromptCancelled, type CheckboxQuestion, type Prompter, type RawAnswer, type SelectQuestion, type TextQuestion } from './prompter.js';

/** One answer as it was given at the prompt, before it was read into the plan. */
export interface LoggedAnswer {
  id: string;
  answer: RawAnswer;
  /** The lines typed of a longer answer when the session stopped: asked again, going on after them. */
  partial?: true;
}

/**
 * Everything needed to go on where a run stopped: the answers in the order given. The
 * flow is a function of its answers, so replaying them brings it back to the same place.
 */
export interface Draft {
  file: string;
  kind: Kind;
  saved: string;
  /** Answers from `--answers`, so going on does not depend on that file still being there. */
  given: Record<string, unknown>;
  answers: LoggedAnswer[];
  /** Saved by `init --continue`: its answers go into the plan that is there, not a new one. */
  continues?: true;
}

/** `.plan.yaml.draft` beside `plan.yaml`: hidden, and never taken for a plan by `check`. */
export function draftPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.draft`);
}

/** A draft starts with the header `writeDraft` gives it; any other file at its name is someone's. */
export const DRAFT_KIND: OwnKind = {
  refusal: 'error.notOwnDraft',
  recognises: ({ head }) => /^# dekom init: /.test(head) || (/^kind: /m.test(head) && /^answers:/m.test(head)),
};

export function readDraft(files: Files, target: string): Draft | undefined {
  let data: unknown;
  try {
    // Read as a plan is read: a draft edited by hand into something odd is no draft, not a crash.
    const source = parseText(files.read(draftPath(target)) ?? '');
    if (source.faults.length > 0) return undefined;
    data = source.data;
  } catch {
    return undefined;
  }
  if (!isRecord(data) || !isKind(data['kind']) || !Array.isArray(data['answers'])) return undefined;
  const answers = data['answers'].filter(isLogged);
  if (answers.length !== data['answers'].length) return undefined;
  return {
    file: typeof data['file'] === 'string' ? data['file'] : path.basename(target),
    kind: data['kind'],
    saved: typeof data['saved'] === 'string' ? data['saved'] : '',
    given: isRecord(data['given']) ? data['given'] : {},
    answers,
    ...(data['continues'] === true ? { continues: true as const } : {}),
  };
}

function isLogged(value: unknown): value is LoggedAnswer {
  if (!isRecord(value) || typeof value['id'] !== 'string') return false;
  if (value['partial'] !== undefined && (value['partial'] !== true || typeof value['answer'] !== 'string')) return false;
  const answer = value['answer'];
  return typeof answer === 'string' || typeof answer === 'boolean' || (Array.isArray(answer) && answer.every((a) => typeof a === 'string'));
}

export function writeDraft(files: Files, target: string, draft: Draft, lang: InitLang): void {
  const doc = new Document(draft);
  doc.commentBefore = ` ${ti(lang, draft.continues ? 'draft.headerContinue' : 'draft.header', { file: draft.file })}`;
  files.write(draftPath(target), doc.toString({ lineWidth: 0 }), { force: true, display: draftPath(draft.file), ownKind: DRAFT_KIND });
}

export function removeDraft(files: Files, target: string): void {
  files.remove(draftPath(target));
}

/**
 * Wraps a prompter so every answer is logged (and the draft saved) the moment it is
 * given, and a draft's answers are given again without asking, up to the first that no
 * longer fits the flow.
 */
export interface RecorderOptions {
  replay: readonly LoggedAnswer[];
  lang: InitLang;
  onAnswer(log: readonly LoggedAnswer[]): void;
  /** The answer being revised after going back: its question offers it as the default. */
  revise?: LoggedAnswer;
  /** Replaying only to come back to a question: no word about a draft. */
  quiet?: boolean;
}

export function recorder(inner: Prompter, options: RecorderOptions): Prompter {
  const log: LoggedAnswer[] = [];
  const queue = [...options.replay];
  let replayed = 0;
  /** Headings passed over while replaying: shown again when the first live question comes. */
  let skipped: [string, string | undefined, string | undefined][] = [];

  const goLive = (numbered = false) => {
    if (replayed > 0 && !options.quiet) inner.say(ti(options.lang, 'resume.resumed', { count: replayed }));
    replayed = 0;
    // A numbered question opens a section of its own; the headings passed over are done with.
    if (!numbered) for (const heading of skipped) inner.section(...heading);
    skipped = [];
  };
  const answer = async <T extends RawAnswer>(question: { id: string; progress?: string }, fits: (value: RawAnswer) => value is T, ask: () => Promise<T>): Promise<T> => {
    const { id } = question;
    const next = queue[0];
    if (next && next.id === id && fits(next.answer)) {
      queue.shift();
      replayed++;
      log.push(next);
      return next.answer;
    }
    if (next) {
      inner.say(ti(options.lang, 'resume.stale', { id: next.id }));
      queue.length = 0;
    }
    goLive(question.progress !== undefined);
    let value: T;
    try {
      value = await ask();
    } catch (error) {
      // The lines of a longer answer typed before Ctrl-C or a closed terminal are kept too.
      if (error instanceof PromptCancelled && error.typed) {
        log.push({ id, answer: error.typed, partial: true });
        options.onAnswer(log);
      }
      throw error;
    }
    log.push({ id, answer: value });
    options.onAnswer(log);
    return value;
  };
  /** A longer answer cut short in the last session: asked again, going on after its lines. */
  const resumeText = (q: TextQuestion): Promise<string> | undefined => {
    const next = queue[0];
    if (!next?.partial || next.id !== q.id || typeof next.answer !== 'string') return undefined;
    queue.shift();
    const typed = next.answer;
    return answer(q, (_): _ is string => false, () => inner.text({ ...q, typed }));
  };
  const replaying = () => queue.length > 0;
  /** The answer given before going back, offered again where the question can show it. */
  const revised = (id: string): RawAnswer | undefined => (options.revise?.id === id && !options.revise.partial ? options.revise.answer : undefined);

  return {
    text: (q: TextQuestion) => {
      const before = revised(q.id);
      const asked = typeof before === 'string' && before !== '' ? { ...q, default: before } : q;
      return resumeText(q) ?? answer(q, (v): v is string => typeof v === 'string' && (q.validate?.(v) ?? true) === true, () => inner.text(asked));
    },
    select: <T extends string>(q: SelectQuestion<T>) => {
      const before = revised(q.id);
      const asked = q.choices.some((c) => c.value === before) ? { ...q, default: before as T } : q;
      return answer(q, (v): v is T => typeof v === 'string' && q.choices.some((c) => c.value === v), () => inner.select(asked));
    },
    checkbox: <T extends string>(q: CheckboxQuestion<T>) =>
      answer(q, (v): v is T[] => Array.isArray(v) && v.every((a) => q.choices.some((c) => c.value === a)), () => inner.checkbox(q)),
    confirm: (q) => {
      const before = revised(q.id);
      return answer(q, (v): v is boolean => typeof v === 'boolean', () => inner.confirm(typeof before === 'boolean' ? { ...q, default: before } : q));
    },
    section(title, help, progress) {
      if (!replaying()) {
        // This heading replaces the one passed over at its level.
        skipped = progress ? [] : skipped.filter((heading) => heading[2] !== undefined);
        goLive();
        return inner.section(title, help, progress);
      }
      // Keep the numbered section and the latest heading under it, to show once live again.
      const numbered = skipped.find((heading) => heading[2] !== undefined);
      skipped = progress || !numbered ? [[title, help, progress]] : [numbered, [title, help, progress]];
    },
    say(text, tone) {
      if (replaying()) return;
      goLive();
      inner.say(text, tone);
    },
  };
}
