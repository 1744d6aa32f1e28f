import { NOTES } from './notes.js';
import { fieldAt, walkNodes } from './tree.js';

/**
 * The language a plan kind is written in. A kind is one `defineKind({...})`: its names
 * and its sections as a tree in the seed template's order. The schema, init's questions,
 * the document, the labels and the rules that apply are all derived from that tree, so a
 * section added to a kind is one entry here and nowhere else.
 */

/** The three languages every title is written in: bokmål, nynorsk, English. */
export type TitleLang = 'nb' | 'nn' | 'en';
export type Titles = Readonly<Record<TitleLang, string>>;

/** A guiding question: the seed's own words in bokmål, English and nynorsk where written. */
export interface Guidance {
  readonly nb: string;
  readonly en?: string;
  readonly nn?: string;
}

/**
 * Required fields must be there; recommended ones count towards completeness and are
 * reported by their own rules (goals, tasks); optional ones are neither.
 */
export type Presence = 'required' | 'recommended' | 'optional';

/** How `dekom init` asks a field, where its value type alone does not say it. */
export interface AskHints {
  /** Offer the people already named in the plan: partners, their contact persons, the contact. */
  readonly people?: true;
  /**
   * Its rows name people that later questions offer: asked before the first question that
   * offers people, even where the document shows it later.
   */
  readonly names?: true;
  /** Offer the ids of the goals already entered. */
  readonly goals?: true;
  /** A date that must come after the sibling date with this key. */
  readonly after?: string;
  /** Filled in without asking; `{n}` is the row's number. */
  readonly auto?: string;
  /** The answer Enter accepts; `{n}` is the row's number. */
  readonly default?: string;
  /** Not asked at all: filled by another command (the notes `dekom import` keeps). */
  readonly never?: true;
  /** Not asked: a sibling asks the same (`roller` asks what `rolle` holds). */
  readonly skip?: true;
}

/** How the document shows a node, where its value type alone does not say it. */
export interface ShowHints {
  /** Leave the section out of the document while it is empty (it is optional in the seed). */
  readonly whenFilled?: true;
  /** No heading of its own: the text stands under the enclosing section's heading. */
  readonly noHeading?: true;
  /** A one-line value (a list of focus areas) shown as a section of its own, under its heading. */
  readonly section?: true;
  /** A partial in templates/partials/ draws the value (a table the tree cannot describe). */
  readonly partial?: string;
  /** Rows are listed by this field: a date or a number, earliest or smallest first. */
  readonly sortBy?: string;
  /** Not shown in the document at all (the file's format version, the language). */
  readonly hidden?: true;
  /**
   * Titles for plans of one grant scheme (`rekom`), or of several (`flere`), where the
   * seed's words name one scheme: the intentions of DEKOM are not REKOM's.
   */
  readonly schemeTitles?: Readonly<Record<string, Titles>>;
}

/** A choice's values, each with what a document calls it. */
export type Options = Readonly<Record<string, Titles>>;

export type Value =
  | { readonly type: 'prose' }
  | { readonly type: 'text' }
  | { readonly type: 'email' }
  /** `yearly`: also `{ årlig: "MM-DD" }`, a date that comes back every year. */
  | { readonly type: 'date'; readonly yearly?: true }
  | { readonly type: 'datetime'; readonly yearly?: true }
  | { readonly type: 'measure' }
  /** `unit: 'kr'`: an amount in Norwegian kroner, shown as "1 250 000 kr". */
  | { readonly type: 'number'; readonly integer?: boolean; readonly min?: number; readonly max?: number; readonly unit?: 'kr' }
  | { readonly type: 'yesno'; readonly statement: Titles }
  /** `synonyms`: other words authors write for a value (`ferdig` for `fullført`), read as it. `open`: one of the options, or words of the author's own where none fits. */
  | { readonly type: 'choice'; readonly options: Options; readonly synonyms?: Readonly<Record<string, readonly string[]>>; readonly open?: true }
  | { readonly type: 'literal'; readonly value: string | number }
  | { readonly type: 'list'; readonly item: Value; readonly min?: number }
  /** Amounts by year, `{ 2026: 150000, 2027: 100000 }`: a grant applied for over up to three years. */
  | { readonly type: 'perYear' }
  /** `words: 'period'`: the group may also be written as a period in words (`skoleåret 2025/26`). */
  | { readonly type: 'group'; readonly fields: readonly Node[]; readonly words?: 'period' }
  | { readonly type: 'rows'; readonly fields: readonly Node[]; readonly row: RowNames; readonly min?: number; readonly rowHelp?: Guidance };

/** How one row of a list is named in questions: "Legge til {a}?", "{one} 2". */
export interface RowNames {
  readonly nb: { readonly a: string; readonly one: string };
  readonly nn: { readonly a: string; readonly one: string };
  readonly en: { readonly a: string; readonly one: string };
}

interface NodeBase {
  readonly title: Titles;
  readonly show?: ShowHints;
  /**
   * Sections the document shows under this one that are keys beside it in the file:
   * the partners under "Organisering", the tasks under "Gjennomføring".
   */
  readonly sections?: readonly Node[];
}

/** A key of the plan file. */
export interface Field extends NodeBase {
  readonly node: 'field';
  readonly key: string;
  readonly value: Value;
  readonly presence: Presence;
  readonly help?: Guidance;
  readonly ask?: AskHints;
  /** A required field that may be left out when this sibling is given instead (`rolle` or `roller`). */
  readonly instead?: string;
}

/** A heading of the seed that holds keys without being one ("Nøkkelinformasjon"). */
export interface Heading extends NodeBase {
  readonly node: 'heading';
  /** How the section is named in reports (`sections[].key`) and by custom templates. */
  readonly key: string;
  readonly help?: Guidance;
}

/** A section that shows a value asked elsewhere: the period once more under "Tidsrom". */
export interface Show extends NodeBase {
  readonly node: 'show';
  readonly key: string;
  /** Where the value is, from the plan's top: `periode`, `kontakt.navn`. */
  readonly path: string;
  readonly as: 'period' | 'text' | 'date';
}

export type Node = Field | Heading | Show;

/** A rule switched on for a kind, with its severity and the options it reads. */
export type RuleUse = 'error' | 'warning' | 'off' | { readonly severity?: 'error' | 'warning'; readonly options: Readonly<Record<string, unknown>> };

export interface KindDefinition {
  readonly id: string;
  /** Where the kind stands in lists (help texts, the first question of init). */
  readonly order?: number;
  /**
   * The plan's name as its seed prints it, on the document's title page. `{ordning}` is
   * replaced by the plan's grant schemes (DEKOM, REKOM, Kompetanseløftet).
   */
  readonly names: Titles;
  /** The grant schemes a plan of this kind belongs to when its `ordning` says nothing. */
  readonly schemes?: readonly string[];
  /** The seed template in shared/seeds the sections come from. */
  readonly seed?: string;
  readonly sections: readonly Node[];
  /**
   * The rules this kind switches on, off or tunes. Rules marked `perKind` run only where
   * a kind lists them; every other rule runs unless the kind turns it off.
   */
  readonly rules?: Readonly<Record<string, RuleUse>>;
}

/**
 * A kind's definition, checked for the mistakes the type system cannot see: a key twice
 * in one mapping, a title left blank, a shown value that points nowhere. A broken
 * definition stops the program at once, naming the kind and the place.
 */
export function defineKind(input: KindDefinition): KindDefinition {
  // Every kind ends with the notes, so nothing an imported document says is lost.
  const definition = input.sections.some((node) => node.key === NOTES.key) ? input : { ...input, sections: [...input.sections, NOTES] };
  const mistakes = definitionMistakes(definition);
  if (mistakes.length > 0) throw new Error(`the plan kind ${definition.id} is not well defined: ${mistakes.join('; ')}`);
  return definition;
}

const TITLE_LANGS: readonly TitleLang[] = ['nb', 'nn', 'en'];

/** What is wrong with a definition, one sentence a mistake; empty when it is sound. */
export function definitionMistakes(definition: KindDefinition): string[] {
  const mistakes: string[] = [];
  const titled = (what: string, titles: Titles | undefined) => {
    for (const lang of TITLE_LANGS) if (!titles?.[lang]?.trim()) mistakes.push(`${what} has no ${lang} title`);
  };
  titled('the kind', definition.names);
  if (!/^[a-zæøå][a-zæøå0-9_]*$/.test(definition.id)) mistakes.push(`the id "${definition.id}" is not lower-case letters, digits and _`);
  const mapping = (nodes: readonly Node[], where: string) => {
    const keys = new Set<string>();
    const visit = (list: readonly Node[]) => {
      for (const node of list) {
        const at = where ? `${where}.${node.key}` : node.key;
        titled(`"${at}"`, node.title);
        if (node.node === 'field') {
          if (keys.has(node.key)) mistakes.push(`"${at}" stands twice in one mapping`);
          keys.add(node.key);
          if (node.value.type === 'yesno') titled(`the question of "${at}"`, node.value.statement);
          if (node.value.type === 'group') mapping(node.value.fields, at);
          if (node.value.type === 'rows') {
            mapping(node.value.fields, `${at}[]`);
            for (const lang of TITLE_LANGS) if (!node.value.row[lang]?.one) mistakes.push(`the rows of "${at}" have no ${lang} name`);
          }
          if (node.value.type === 'choice') for (const [option, titles] of Object.entries(node.value.options)) titled(`the choice "${option}" of "${at}"`, titles);
        }
        if (node.sections) visit(node.sections);
      }
    };
    visit(nodes);
  };
  mapping(definition.sections, '');
  for (const { node } of walkNodes(definition.sections)) {
    if (node.node === 'show' && !fieldAt(definition.sections, node.path)) mistakes.push(`"${node.key}" shows "${node.path}", which the kind does not have`);
  }
  return mistakes;
}

type FieldInput = Omit<Field, 'node' | 'key' | 'value' | 'presence'> & { readonly presence?: Presence };

/** A key of the file; required unless `presence` says otherwise. */
export function field(key: string, value: Value, input: FieldInput): Field {
  return { node: 'field', key, value, presence: input.presence ?? 'required', ...input };
}

export function heading(key: string, input: Omit<Heading, 'node' | 'key'>): Heading {
  return { node: 'heading', key, ...input };
}

export function show(key: string, path: string, as: Show['as'], input: Omit<Show, 'node' | 'key' | 'path' | 'as'>): Show {
  return { node: 'show', key, path, as, ...input };
}

/** A shared part used with its own words changed for one kind: a title, a question, a minimum. */
export function adapt(part: Field, changes: Partial<Omit<Field, 'node' | 'key' | 'value'>> & { min?: number }): Field {
  const { min, ...rest } = changes;
  const value = min !== undefined && (part.value.type === 'rows' || part.value.type === 'list') ? { ...part.value, min } : part.value;
  return { ...part, ...rest, value };
}

export const prose = (): Value => ({ type: 'prose' });
export const text = (): Value => ({ type: 'text' });
export const email = (): Value => ({ type: 'email' });
export const date = (): Value => ({ type: 'date' });
export const dateTime = (): Value => ({ type: 'datetime' });
/** A deadline or meeting that may come back every year: `{ årlig: "03-15" }`. */
export const recurringDate = (): Value => ({ type: 'date', yearly: true });
export const recurringDateTime = (): Value => ({ type: 'datetime', yearly: true });
export const measure = (): Value => ({ type: 'measure' });
/** Amounts in NOK and hours: never negative. */
export const amount = (): Value => ({ type: 'number', min: 0 });
/**
 * Whole Norwegian kroner, never negative: grants, frames and co-funding, which the rules
 * add up and compare, and which a document writes as "1 250 000 kr".
 */
export const kroner = (): Value => ({ type: 'number', integer: true, min: 0, unit: 'kr' });
export const year = (): Value => ({ type: 'number', integer: true, min: 2000, max: 2100 });
export const integer = (limits: { min?: number; max?: number } = {}): Value => ({ type: 'number', integer: true, ...limits });
export const yesNo = (statement: Titles): Value => ({ type: 'yesno', statement });
export const choice = (options: Options, synonyms?: Readonly<Record<string, readonly string[]>>): Value => ({
  type: 'choice',
  options,
  ...(synonyms ? { synonyms } : {}),
});
/** One of the options, or the author's own words: the four areas of a strategy "plus free text". */
export const openChoice = (options: Options): Value => ({ type: 'choice', options, open: true });
export const list = (item: Value, min?: number): Value => ({ type: 'list', item, ...(min !== undefined ? { min } : {}) });
export const perYear = (): Value => ({ type: 'perYear' });
export const group = (...fields: Node[]): Value => ({ type: 'group', fields });
/** `{fra, til}`, or a period in words: `2025–2027`, `skoleåret 2025/26`. */
export const period = (...fields: Node[]): Value => ({ type: 'group', fields, words: 'period' });
export const rows = (row: RowNames, fields: readonly Node[], extra: { min?: number; rowHelp?: Guidance } = {}): Value => ({
  type: 'rows',
  row,
  fields,
  ...extra,
});
