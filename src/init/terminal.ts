import { Chalk } from 'chalk';
import { ti, type InitLang } from '../messages/init.js';
import { BACK_KEY, GoBack, PromptCancelled, type Prompter } from './prompter.js';
import { printable } from '../util/terminal-text.js';
import { wrapText } from './wrap.js';

/** The real terminal, handed in by the command line so nothing here reaches for `process`. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  columns: number;
  /** Chalk colour level: 0 for none (NO_COLOR, a dumb terminal). */
  colour: 0 | 1 | 2 | 3;
  /** Aborted when the terminal goes away (hang-up, a read error): the prompt stops as on Ctrl-C. */
  signal?: AbortSignal;
}

/**
 * Answers `init`'s questions through @inquirer/prompts. Loaded only by `init`, so other
 * commands never pay for inquirer; the guiding question is drawn under each prompt.
 */
export async function terminalPrompter(terminal: Terminal, lang: InitLang): Promise<Prompter> {
  const { input, select, checkbox, confirm } = await import('@inquirer/prompts');
  const c = new Chalk({ level: terminal.colour });
  const width = Math.max(40, Math.min(terminal.columns || 80, 100) - 4);
  const context = { input: terminal.input, output: terminal.output, ...(terminal.signal ? { signal: terminal.signal } : {}) };
  const write = (text: string) => terminal.output.write(text);

  // Questions, help and defaults may carry text from an answers file or a draft: nothing in it may drive the terminal.
  const helpLines = (help: string | undefined) => (help ? wrapText(printable(help), width).map((line) => `  ${c.dim(line)}`) : []);
  const keyWords: Record<string, string> = {
    navigate: ti(lang, 'keys.navigate'),
    select: ti(lang, 'keys.select'),
    submit: ti(lang, 'keys.submit'),
    all: ti(lang, 'keys.all'),
    invert: ti(lang, 'keys.invert'),
    back: ti(lang, 'keys.back'),
  };
  const style = {
    answer: (text: string) => c.cyan(text),
    error: (text: string) => c.red(`> ${text}`),
    defaultAnswer: (text: string) => c.dim(`(${printable(text)})`),
    help: (text: string) => c.dim(text),
    highlight: (text: string) => c.cyan(text),
    key: (text: string) => c.cyan.bold(`<${text}>`),
    description: (text: string) => c.cyan(text),
    disabled: (text: string) => c.dim(text),
    keysHelpTip: (keys: [string, string][]) => [...keys, [BACK_KEY, 'back'] as [string, string]].map(([key, action]) => `${c.bold(key)} ${c.dim(keyWords[action] ?? action)}`).join(c.dim(' • ')),
  };
  /** The prompt's message: the label, then the guiding question and, for typing, an arrow to type after. */
  const theme = (help: string | undefined, progress: string | undefined, typed: boolean, hint?: string) => ({
    prefix: { idle: c.blue('?'), done: c.green('✔') },
    style: {
      ...style,
      message: (text: string, status: string) => {
        if (status === 'done') return c.bold(printable(text));
        const head = [c.bold(printable(text)), hint ? c.dim(`(${hint})`) : '', progress ? c.dim(progress) : ''].filter(Boolean).join(' ');
        return [head, ...helpLines(help), ...(typed ? [`  ${c.cyan('›')}`] : [])].join('\n');
      },
    },
  });

  const cancellable = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      // Ctrl-C, or the terminal went away: one place turns inquirer's error into ours.
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new PromptCancelled();
      throw error;
    }
  };
  /**
   * A prompt that picks rather than types takes `<` as a key: it stops the prompt, and the
   * session goes back a question. Typed answers see `<` as the whole answer instead.
   */
  const backable = async <T>(run: (ctx: typeof context) => Promise<T>): Promise<T> => {
    const back = new AbortController();
    const onKey = (typed: string | undefined) => {
      if (typed === BACK_KEY) back.abort();
    };
    terminal.input.on('keypress', onKey);
    try {
      return await cancellable(() => run({ ...context, signal: terminal.signal ? AbortSignal.any([terminal.signal, back.signal]) : back.signal }));
    } catch (error) {
      if (back.signal.aborted && !terminal.signal?.aborted) {
        write('\n');
        throw new GoBack();
      }
      throw error;
    } finally {
      terminal.input.off('keypress', onKey);
    }
  };

  return {
    async text(question) {
      const validate = (answer: string) => (answer.trim() === BACK_KEY ? true : (question.validate?.(answer) ?? true));
      const transformer = (value: string, { isFinal }: { isFinal: boolean }) =>
        isFinal ? c.cyan(question.display ? question.display(value) : value) : value;
      const more = (lines: string[]) =>
        cancellable(() =>
          input(
            { message: ti(lang, 'prose.more'), theme: { prefix: { idle: ' ', done: ' ' }, style: { ...style, message: (text: string) => c.dim(`  ${text}`) } } },
            context,
          ),
        ).catch((error: unknown) => {
          // Stopped in the middle of a longer answer: the lines typed so far go to the draft.
          throw error instanceof PromptCancelled ? new PromptCancelled(lines.join('\n')) : error;
        });
      let lines: string[];
      if (question.typed !== undefined && question.multiline) {
        // Going on from a draft: the lines typed before are shown, and the answer continues after them.
        lines = question.typed.split('\n');
        write(`${c.green('✔')} ${c.bold(printable(question.message))}\n${lines.map((line) => `  ${c.cyan(printable(line))}`).join('\n')}\n`);
      } else {
        const first = await cancellable(() =>
          input(
            {
              message: question.message,
              ...(question.default !== undefined ? { default: question.default } : {}),
              validate,
              transformer,
              theme: theme(question.help, question.progress, true, question.hint),
            },
            context,
          ),
        );
        if (first.trim() === BACK_KEY) throw new GoBack();
        if (!question.multiline || first.trim() === '') return first;
        lines = [first];
      }
      // Prose takes several lines: each is a line prompt, and an empty one ends the text.
      for (;;) {
        const line = await more(lines);
        if (line.trim() === '') {
          // The empty line that ended the text says nothing once done: take it off the screen.
          write('\x1b[1A\x1b[2K');
          break;
        }
        lines.push(line);
      }
      return lines.join('\n');
    },
    async select(question) {
      return backable((context) =>
        select(
          {
            message: question.message,
            choices: question.choices.map((choice) => ({ ...choice })),
            ...(question.default !== undefined ? { default: question.default } : {}),
            pageSize: 12,
            theme: theme(question.help, question.progress, false),
          },
          context,
        ),
      );
    },
    async checkbox(question) {
      return backable((context) =>
        checkbox(
          {
            message: question.message,
            choices: question.choices.map((choice) => ({ ...choice })),
            ...(question.required ? { required: true } : {}),
            theme: theme(question.help, question.progress, false),
          },
          context,
        ),
      );
    },
    async confirm(question) {
      return backable((context) =>
        confirm(
          {
            message: question.message,
            ...(question.default !== undefined ? { default: question.default } : {}),
            theme: {
              ...theme(question.help, question.progress, false),
              keywords: { yes: ti(lang, 'confirm.yes'), no: ti(lang, 'confirm.no'), error: () => ti(lang, 'confirm.error') },
            },
          },
          context,
        ),
      );
    },
    section(title, help, progress) {
      const head = progress ? `${c.bold.underline(printable(title))} ${c.dim(progress)}` : c.bold(printable(title));
      write(`\n${[head, ...helpLines(help)].join('\n')}\n`);
    },
    say(text, tone) {
      const lines = wrapText(printable(text), width + 4).join('\n');
      write(`${tone === 'strong' ? c.bold(lines) : tone === 'quiet' ? c.dim(lines) : lines}\n`);
    },
  };
}
