import { isRecord } from '../model/walk.js';
import { formatPath, type PathSegment } from '../load/source.js';
import { ti, type InitLang } from '../messages/init.js';
import type { Kind } from '../kinds/index.js';
import { askScalar } from './ask-field.js';
import { fieldsOf, keyFields, type Field, type FieldOf } from './fields.js';
import { extraEntries, isAnswered, isMisshapen, put } from './given.js';
import { helpOf, labelOf, rowNameOf } from './labels.js';
import type { Prompter } from './prompter.js';
import { tidyGiven } from './read-answer.js';

export interface InterviewOptions {
  kind: Kind;
  lang: InitLang;
  prompter: Prompter;
  /** Answers already given (an answers file): their questions are not asked. */
  given?: Readonly<Record<string, unknown>>;
}

type Given = Readonly<Record<string, unknown>> | undefined;

interface Heading {
  title: string;
  help?: string;
  progress?: string;
  shown: boolean;
}

/**
 * Drafts a plan of one kind by asking its fields in template order. Everything it asks
 * comes from the kind's schema and hints; everything it says goes through the prompter,
 * so the same flow runs in a terminal, in a test script and in a replayed draft.
 */
export async function interview(options: InterviewOptions): Promise<Record<string, unknown>> {
  return new Interview(options).run();
}

class Interview {
  private readonly plan: Record<string, unknown> = {};
  /** Headings wait until a question under them is asked, so a section the file answers stays silent. */
  private readonly headings: Heading[] = [];

  constructor(private readonly options: InterviewOptions) {}

  async run(): Promise<Record<string, unknown>> {
    const fields = fieldsOf(this.options.kind);
    const total = keyFields(fields).filter((f) => f.type !== 'fixed').length;
    let step = 0;
    const numbered = (field: Field) => (field.type === 'fixed' ? undefined : `${++step}/${total}`);
    await this.fields(fields, this.plan, this.options.given, [], true, numbered);
    for (const [key, value] of extraEntries(fields, this.options.given)) put(this.plan, key, value);
    return this.plan;
  }

  /** Fields of one mapping; a heading's fields go into the same mapping, under its title. */
  private async fields(
    fields: readonly Field[],
    target: Record<string, unknown>,
    given: Given,
    path: PathSegment[],
    forced: boolean,
    numbered?: (field: Field) => string | undefined,
    row?: number,
  ): Promise<void> {
    for (const field of fields) {
      if (field.type !== 'heading') {
        await this.field(field, target, given, path, forced, numbered?.(field), row);
        continue;
      }
      if (!field.noHeading) this.open(this.label(field), this.help(field));
      await this.fields(field.fields, target, given, path, forced, numbered, row);
      if (!field.noHeading) this.close();
    }
  }

  private async field(
    field: Field,
    target: Record<string, unknown>,
    given: Given,
    path: PathSegment[],
    forced: boolean,
    progress?: string,
    row?: number,
  ): Promise<void> {
    const here = [...path, field.key];
    const value = given?.[field.key];
    if (field.type === 'fixed') {
      target[field.key] = field.value;
      return;
    }
    if (field.type === 'heading') return this.fields([field], target, given, path, forced, undefined, row);
    if (field.ask.skip) {
      // Asked through its stand-in; kept only as the answers give it.
      if (given && Object.hasOwn(given, field.key)) target[field.key] = tidyGiven(field, value);
      return;
    }
    if (isMisshapen(field, value)) {
      // A scalar where a mapping or list belongs: kept as written, for `check` to point at.
      target[field.key] = value;
      return;
    }
    if (field.type === 'group') return this.group(field, target, isRecord(value) ? value : undefined, here, forced, progress, row);
    if (field.type === 'rows') return this.rows(field, target, given, here, forced, progress);
    if (isAnswered(field, given)) {
      target[field.key] = tidyGiven(field, value);
      return;
    }
    this.flush();
    const answer = await askScalar({
      kind: this.options.kind,
      lang: this.options.lang,
      prompter: this.options.prompter,
      field,
      id: formatPath(here),
      mustAnswer: forced && field.required && field.type !== 'prose',
      siblings: target,
      plan: this.plan,
      ...(row !== undefined ? { row } : {}),
      ...(progress ? { progress } : {}),
    });
    // Outside list rows a skipped field stays in the file, empty, under its guiding question.
    if (answer !== undefined) target[field.key] = answer;
    else if (!field.inRow) target[field.key] = null;
  }

  private async group(
    field: FieldOf<'group'>,
    target: Record<string, unknown>,
    given: Given,
    here: PathSegment[],
    forced: boolean,
    progress?: string,
    row?: number,
  ): Promise<void> {
    const out: Record<string, unknown> = {};
    target[field.key] = out;
    if (!field.noHeading) this.open(this.label(field), this.help(field), progress);
    await this.fields(field.fields, out, given, here, forced && field.required, undefined, row);
    if (!field.noHeading) this.close();
    for (const [key, value] of extraEntries(field.fields, given)) put(out, key, value);
  }

  private async rows(field: FieldOf<'rows'>, target: Record<string, unknown>, given: Given, here: PathSegment[], forced: boolean, progress?: string): Promise<void> {
    const list: unknown[] = [];
    target[field.key] = list;
    const name = rowNameOf(field, this.options.lang);
    this.open(this.label(field), this.help(field), progress);
    const value = given?.[field.key];
    if (Array.isArray(value) && isAnswered(field, given)) {
      // Rows from the answers file are the author's own: only what a row cannot do without is asked.
      for (const [index, row] of value.entries()) {
        if (!isRecord(row)) {
          list.push(row);
          continue;
        }
        const out: Record<string, unknown> = {};
        list.push(out);
        this.open(ti(this.options.lang, 'row.header', { one: name.one, n: index + 1 }));
        for (const child of keyFields(field.fields)) {
          if (child.required && !isAnswered(child, row)) await this.field(child, out, row, [...here, index], true, undefined, index + 1);
          else if (Object.hasOwn(row, child.key)) out[child.key] = tidyGiven(child, row[child.key]);
        }
        for (const [key, extra] of extraEntries(field.fields, row)) put(out, key, extra);
        this.close();
      }
      this.close();
      return;
    }
    for (let index = 0; ; index++) {
      if (!(forced && field.required && index < field.min)) {
        this.flush();
        const more = await this.options.prompter.confirm({
          id: `${formatPath([...here, index])}?`,
          message: ti(this.options.lang, index === 0 ? 'row.addFirst' : 'row.addAnother', name),
          default: index === 0 && (field.required || field.recommended),
        });
        if (!more) break;
      }
      const row: Record<string, unknown> = {};
      list.push(row);
      this.open(ti(this.options.lang, 'row.header', { one: name.one, n: index + 1 }));
      await this.fields(field.fields, row, undefined, [...here, index], true, undefined, index + 1);
      this.close();
    }
    this.close();
  }

  private label(field: Field): string {
    return labelOf(field, this.options.lang);
  }

  private help(field: Field): string {
    return helpOf(field, this.options.lang);
  }

  private open(title: string, help?: string, progress?: string): void {
    this.headings.push({ title, shown: false, ...(help ? { help } : {}), ...(progress ? { progress } : {}) });
  }

  private close(): void {
    this.headings.pop();
  }

  private flush(): void {
    for (const heading of this.headings) {
      if (heading.shown) continue;
      this.options.prompter.section(heading.title, heading.help, heading.progress);
      heading.shown = true;
    }
  }
}
