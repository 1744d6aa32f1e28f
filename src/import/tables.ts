import type { Field, Node } from '../model/define.js';
import { LABELS, type LabelKey } from '../messages/render-labels/index.js';
import { fieldsAt } from '../model/tree.js';
import type { WordBlock, WordTable } from './docx/word.js';
import { cellMarkdown } from './markdown.js';
import { isEmptyText, readChoice, readOpenChoice, readValue, yearGuess } from './scalars.js';
import { cellText } from './sections.js';
import { bestSimilarity, normalise } from './similarity.js';
import { getAt, type ImportState } from './state.js';
import { readMeetingTime, readPeriod } from './norwegian-dates.js';

/**
 * What the built-in partials (templates/partials/*.hbs) call a row field in a column
 * head or a row label, besides its own title: "Frister" for `frist`, "S – Spesifikt" for
 * a goal's `beskrivelse`. Read back in all three languages from the render labels.
 */
const ALIASES: Readonly<Record<string, readonly LabelKey[]>> = {
  oppgave: ['col.oppgaver'],
  beskrivelse: ['col.beskrivelse', 'smart.s'],
  ansvarlig: ['col.ansvar', 'meeting.ansvarlig', 'smart.ansvarlig'],
  frist: ['col.frister', 'smart.t'],
  dato: ['col.datoTid', 'col.dato'],
  hvem: ['col.hvem'],
  sted: ['meeting.sted'],
  innhold: ['meeting.innhold'],
  forberedelser: ['meeting.forberedelser'],
  navn: ['col.part'],
  rolle: ['col.rolle'],
  kontaktperson: ['col.kontaktperson'],
  ansvar: ['col.ansvar'],
  part: ['col.part'],
  timer: ['col.timer'],
  prioritet: ['col.prioritet'],
  behov: ['col.behov'],
  tiltak: ['col.tiltak'],
  år: ['col.år'],
  kostnad: ['col.kostnad'],
  målgruppe: ['col.målgruppe'],
  up2: ['col.up2'],
  sammenheng_med: ['col.sammenheng'],
  indikator: ['smart.indikator'],
  utgangspunkt: ['smart.utgangspunkt'],
  målverdi: ['smart.målverdi'],
  forankring: ['smart.a'],
  begrunnelse: ['smart.r'],
  art: ['goal.kind'],
};

/** The column a partial fills from several fields, each after a bold label: "Gjennomføring". */
const COMPOSITE: readonly LabelKey[] = ['col.gjennomføring'];

function labelTexts(keys: readonly LabelKey[]): string[] {
  return keys.flatMap((key) => Object.values(LABELS).map((labels) => labels[key].replace(/\s*\{\w+\}/g, '')));
}

const names = new WeakMap<Field, string[]>();

function namesOf(field: Field): string[] {
  let found = names.get(field);
  if (!found) {
    found = [...new Set([...Object.values(field.title), ...labelTexts(ALIASES[field.key] ?? [])])];
    names.set(field, found);
  }
  return found;
}

const COMPOSITE_NAMES = labelTexts(COMPOSITE);

const SUM = new Set(Object.values(LABELS).map((labels) => normalise(labels.sum)));

type Column = { field: Field } | { composite: true } | undefined;

/**
 * Each column head matched to a row field by its title or the partial's label for it; a
 * column named as the list itself ("Mål", "Tiltak") holds each row's main text.
 */
function columnsOf(head: readonly string[], fields: readonly Field[], list?: Node): Column[] {
  const main = list ? mainField(list) : undefined;
  const names = (field: Field) => (field === main && list ? [...namesOf(field), ...Object.values(list.title), ...rowNames(list)] : namesOf(field));
  const columns: Column[] = head.map(() => undefined);
  const scored: { index: number; field: Field; score: number }[] = [];
  head.forEach((text, index) => {
    const first = text.split('\n')[0]!;
    if (bestSimilarity(first, COMPOSITE_NAMES) >= 0.9) {
      columns[index] = { composite: true };
      return;
    }
    for (const field of fields) {
      const score = Math.max(bestSimilarity(first, names(field)), bestSimilarity(text, names(field)) - 0.1);
      if (score >= 0.6) scored.push({ index, field, score });
    }
  });
  const used = new Set<Field>();
  for (const { index, field } of scored.sort((a, b) => b.score - a.score)) {
    if (columns[index] || used.has(field)) continue;
    columns[index] = { field };
    used.add(field);
  }
  return columns;
}

/** How many columns of a table a row list can read: the table belongs to the list that reads most. */
export function tableFit(table: WordTable, list: Node): number {
  const head = table.rows[0]?.map((cell) => cellText(cell.blocks)) ?? [];
  return columnsOf(head, rowFields(list), list).filter(Boolean).length;
}

function rowNames(list: Node): string[] {
  return list.node === 'field' && list.value.type === 'rows' ? Object.values(list.value.row).map((names) => names.one) : [];
}

function rowFields(node: Node): Field[] {
  return node.node === 'field' && node.value.type === 'rows' ? fieldsAt(node.value.fields) : [];
}

/** "(Mål: M1, M2)" after a task's description, "(fullført)" after its deadline: the partial's suffixes read back. */
function suffixes(text: string, markdown: string, field: Field, fields: readonly Field[], row: Record<string, unknown>): { text: string; markdown: string } {
  let plain = text;
  let marked = markdown;
  const cut = (pattern: RegExp) => {
    const found = pattern.exec(plain);
    if (!found) return undefined;
    plain = plain.slice(0, found.index).trim();
    marked = marked.replace(/\s*\([^()]*\)\s*$/, '').trim();
    return found;
  };
  const goals = fields.find((other) => other.ask?.goals && other.value.type === 'list');
  if (goals && field.value.type === 'text') {
    const prefixes = Object.values(LABELS).map((labels) => labels['task.goals'].replace('{ids}', '').trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const found = cut(new RegExp(`\\s*\\((?:${prefixes.join('|')})\\s*([^()]+)\\)\\s*$`, 'i'));
    if (found) row[goals.key] = found[1]!.split(/\s*,\s*/).filter(Boolean);
  }
  const choice = fields.find((other) => other.value.type === 'choice' && other !== field);
  if (choice && choice.value.type === 'choice' && (field.value.type === 'date' || field.value.type === 'datetime')) {
    const found = /\s*\(([^()]+)\)\s*$/.exec(plain);
    const key = found ? readChoice(found[1]!, choice.value.options) : undefined;
    if (key) {
      cut(/\s*\(([^()]+)\)\s*$/);
      row[choice.key] = key;
    }
  }
  const agreement = field.value.type === 'text' ? fields.find((other) => other.value.type === 'group' && other.key in AGREEMENT) : undefined;
  if (agreement && agreement.value.type === 'group') {
    const labels = labelTexts(AGREEMENT[agreement.key]!).map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const found = new RegExp(`(?:^|\\s+)(?:${labels.join('|')}):\\s*(.+)$`, 'i').exec(plain);
    const period = found ? readPeriod(found[1]!) : undefined;
    const [from, to] = fieldsAt(agreement.value.fields).map((part) => part.key);
    if (found && period && from && to) {
      plain = plain.slice(0, found.index).trim();
      marked = marked.replace(new RegExp(`(?:^|\\s+)(?:${labels.join('|')}):.*$`, 'i'), '').trim();
      row[agreement.key] = { ...(period.fra ? { [from]: period.fra.iso } : {}), ...(period.til ? { [to]: period.til.iso } : {}) };
    }
  }
  return { text: plain, markdown: marked };
}

/** A row's group the partial prints after another cell's text, behind its label: a partner's agreement. */
const AGREEMENT: Readonly<Record<string, readonly LabelKey[]>> = { avtale: ['partner.agreement'] };

/**
 * A choice cell as the partial prints it: one option ("Skoleeier"), several for the list
 * the choice may be given as instead ("Skoleeier, Barnehageeier" for `roller`), and the
 * row's other choice after it in brackets ("Barnehageeier (privat)" for `eierform`).
 */
function readRoleCell(text: string, field: Field, fields: readonly Field[], row: Record<string, unknown>): void {
  if (field.value.type !== 'choice') return;
  const options = field.value.options;
  let rest = text;
  // "KS (local government association)" is one option, brackets and all.
  const exact = Object.entries(options).find(([key, titles]) => [key, ...Object.values(titles)].some((title) => normalise(title) === normalise(rest)));
  if (exact) {
    row[field.key] = exact[0];
    return;
  }
  const bracket = /\s*\(([^()]+)\)\s*$/.exec(rest);
  const other = fields.find((candidate) => candidate !== field && candidate.value.type === 'choice');
  if (bracket && other && other.value.type === 'choice') {
    const key = readChoice(bracket[1]!, other.value.options);
    if (key) {
      row[other.key] = key;
      rest = rest.slice(0, bracket.index).trim();
    }
  }
  const many = field.instead ? fields.find((candidate) => candidate.key === field.instead) : undefined;
  const parts = rest.split(/\s*,\s*/).filter(Boolean);
  if (many && parts.length > 1) {
    const keys = parts.map((part) => readChoice(part, options));
    if (keys.every((key) => key !== undefined)) {
      row[many.key] = keys;
      return;
    }
  }
  row[field.key] = field.value.open ? readOpenChoice(rest, rest, options) : (readChoice(rest, options) ?? rest);
}

/** "**Sted:** x **Innhold:** y": labelled parts of one cell, each to the row field it names. */
function composite(blocks: readonly WordBlock[], fields: readonly Field[], row: Record<string, unknown>, state: ImportState, path: (string | number)[]): void {
  const markdown = cellMarkdown(blocks);
  const parts = markdown.split(/\*\*([^*]+?):\*\*/);
  if (parts.length < 3) {
    const free = fields.find((field) => field.key === 'innhold') ?? fields.find((field) => field.value.type === 'text' && !(field.key in row));
    if (free && !isEmptyText(markdown)) row[free.key] = markdown;
    return;
  }
  for (let index = 1; index < parts.length; index += 2) {
    const label = parts[index]!;
    const value = parts[index + 1]!.trim();
    const field = fields.map((candidate) => ({ candidate, score: bestSimilarity(label, namesOf(candidate)) })).sort((a, b) => b.score - a.score)[0];
    if (!field || field.score < 0.7 || isEmptyText(value)) continue;
    const read = readValue(field.candidate.value, value.replace(/\*\*|\\/g, ''), value, field.candidate, state, [...path, field.candidate.key]);
    if (read !== undefined && read !== '') row[field.candidate.key] = read;
  }
}

/**
 * The rows of a table for a list of rows: the first row is the head, matched to the row
 * fields; rows left empty and a sum row are skipped. Undefined when the head matches none.
 */
export function readRowsTable(state: ImportState, node: Node, path: string[], table: WordTable): Record<string, unknown>[] | undefined {
  const fields = rowFields(node);
  const [head, ...body] = table.rows;
  if (!head) return undefined;
  const columns = columnsOf(head.map((cell) => cellText(cell.blocks)), fields, node);
  if (!columns.some(Boolean)) return undefined;
  const rows: Record<string, unknown>[] = [];
  const before = getAt(state.plan, path);
  const existing = Array.isArray(before) ? before.length : 0;
  for (const cells of body) {
    const texts = cells.map((cell) => cellText(cell.blocks));
    if (texts.every((text) => isEmptyText(text))) {
      state.emptyRows++;
      continue;
    }
    if (texts.some((text) => SUM.has(normalise(text)))) continue;
    const row: Record<string, unknown> = {};
    const at = [...path, existing + rows.length];
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (!column) return;
      if ('composite' in column) return composite(cell.blocks, fields, row, state, at);
      const field = column.field;
      const plain = texts[index]!.replace(/\n/g, ' ');
      if (isEmptyText(plain)) return;
      const end = fields.find((other) => other.ask?.after === field.key);
      if (end && field.value.type === 'datetime') {
        const when = readMeetingTime(plain, yearGuess(state));
        if (when?.dato) {
          row[field.key] = when.dato.iso;
          if (when.dato.interpreted) state.dates.push({ path: [...at, field.key], original: when.dato.interpreted, iso: when.dato.iso });
        }
        if (when?.slutt) row[end.key] = when.slutt.iso;
        if (when) return;
      }
      const cleaned = suffixes(plain, cellMarkdown(cell.blocks), field, fields, row);
      if (isEmptyText(cleaned.text)) return;
      if (field.value.type === 'choice') return readRoleCell(cleaned.text, field, fields, row);
      const value = readValue(field.value, cleaned.text, cleaned.markdown, field, state, [...at, field.key]);
      if (value !== undefined && value !== '') row[field.key] = value;
      else if (field.value.type !== 'text' && cleaned.text !== '') row[field.key] = cleaned.text;
    });
    if (Object.keys(row).length > 0) rows.push(ordered(row, fields));
  }
  return rows;
}

/** A row's table of labels and values (a goal's SMART letters, a measure's points), for one row of the list. */
const labelled = new WeakMap<Node, Map<string, LabelledField[]>>();

/** A row field, or a field of a group in the row ("Målgruppe" for `deltakere.målgruppe`), with where it is in the row. */
interface LabelledField {
  field: Field;
  path: string[];
}

function labelledFields(node: Node): LabelledField[] {
  const out: LabelledField[] = [];
  const add = (fields: readonly Field[], prefix: string[]) => {
    for (const field of fields) {
      out.push({ field, path: [...prefix, field.key] });
      if (field.value.type === 'group' && !field.show?.hidden) add(fieldsAt(field.value.fields), [...prefix, field.key]);
    }
  };
  add(rowFields(node), []);
  return out;
}

/**
 * The row fields a label may name ("T – Tidsbestemt: frist"), best first, worked out once per
 * list and label. "To the owners" and "Owners" are alike once filler words are gone: the one
 * titled exactly so comes first, and a table names each field once.
 */
function labelFields(node: Node, label: string): LabelledField[] {
  let known = labelled.get(node);
  if (!known) labelled.set(node, (known = new Map()));
  let found = known.get(label);
  if (!found) {
    const exact = (entry: LabelledField) => namesOf(entry.field).some((name) => normalise(name) === normalise(label));
    found = labelledFields(node)
      .map((entry) => ({ entry, score: bestSimilarity(label, namesOf(entry.field)) + (exact(entry) ? 0.01 : 0) }))
      .filter(({ score }) => score >= 0.8)
      .sort((a, b) => b.score - a.score)
      .map(({ entry }) => entry);
    known.set(label, found);
  }
  return found;
}

/** A group written on one line: a span "fra – til", or the one list it may be given as instead ("2027, 2028"). */
function readGroupLine(field: Field, text: string, markdown: string, state: ImportState, path: (string | number)[]): Record<string, unknown> | undefined {
  if (field.value.type !== 'group') return undefined;
  const fields = fieldsAt(field.value.fields);
  const dates = fields.filter((part) => part.value.type === 'date');
  const out: Record<string, unknown> = {};
  for (const part of text.split(/\s*;\s*/)) {
    // "2027" is the years a measure runs sooner than a span of one whole year.
    const list = fields.find((candidate) => candidate.value.type === 'list' && candidate.value.item.type !== 'text' && !(candidate.key in out));
    const items = list ? readValue(list.value, part, markdown, list, state, [...path, list.key]) : undefined;
    if (list && items !== undefined) {
      out[list.key] = items;
      continue;
    }
    const period = dates.length === 2 ? readPeriod(part, yearGuess(state)) : undefined;
    if (period?.fra) out[dates[0]!.key] = period.fra.iso;
    if (period?.til) out[dates[1]!.key] = period.til.iso;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** What the partials print of an owner's co-funding, placeholders to row fields. */
const ENTRY_FIELDS: Readonly<Record<string, string>> = { owner: 'eier', amount: 'beløp', form: 'form', share: 'andel' };
const ENTRY_LABELS: readonly LabelKey[] = ['cofunding.share', 'cofunding.entry'];

/** Rows written in one cell, "Farsund kommune: 80 000 kr (lønn/frikjøp), 30,7 % av andelen på 260 000 kr; …", by the partial's own wording. */
function readEntries(field: Field, text: string, state: ImportState, path: (string | number)[]): Record<string, unknown>[] | undefined {
  if (field.value.type !== 'rows') return undefined;
  const fields = fieldsAt(field.value.fields);
  const patterns = ENTRY_LABELS.flatMap((key) => Object.values(LABELS).map((labels) => labels[key])).map((template) => {
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return name === 'percent' ? '[\\d.,\\s]+' : '(.+?)';
      })
      .join('');
    return { pattern: new RegExp(`^${source}$`), names };
  });
  const rows: Record<string, unknown>[] = [];
  for (const [index, entry] of text.split(/\s*;\s*/).filter(Boolean).entries()) {
    const found = patterns.map(({ pattern, names }) => ({ match: pattern.exec(entry.trim()), names })).find(({ match }) => match);
    if (!found) return undefined;
    const row: Record<string, unknown> = {};
    found.names.filter((name) => name !== 'percent').forEach((name, at) => {
      const target = fields.find((candidate) => candidate.key === ENTRY_FIELDS[name]);
      const words = found.match![at + 1]!;
      if (!target || isEmptyText(words)) return;
      const value = target.value.type === 'choice' ? readChoice(words, target.value.options) : readValue(target.value, words, words, target, state, [...path, index, target.key]);
      if (value !== undefined && value !== '') row[target.key] = value;
    });
    rows.push(ordered(row, fields));
  }
  return rows.length > 0 ? rows : undefined;
}

export function readLabelledTable(state: ImportState, node: Node, path: (string | number)[], table: WordTable): Record<string, unknown> | undefined {
  const fields = rowFields(node);
  const row: Record<string, unknown> = {};
  for (const cells of table.rows) {
    if (cells.length < 2) continue;
    const found = labelFields(node, cellText(cells[0]!.blocks)).find((entry) => getAt(row, entry.path) === undefined);
    if (!found) continue;
    const { field } = found;
    const plain = cellText(cells[1]!.blocks).replace(/\n/g, ' ');
    if (isEmptyText(plain)) continue;
    const markdown = cellMarkdown(cells[1]!.blocks);
    const at = [...path, ...found.path];
    const value =
      field.value.type === 'group'
        ? readGroupLine(field, plain, markdown, state, at)
        : field.value.type === 'rows'
          ? readEntries(field, plain, state, at)
          : readValue(field.value, plain, markdown, field, state, at);
    if (value === undefined || value === '') continue;
    let into = row;
    for (const key of found.path.slice(0, -1)) into = (into[key] ??= {}) as Record<string, unknown>;
    into[found.path[found.path.length - 1]!] = value;
  }
  return Object.keys(row).length > 0 ? ordered(row, fields) : undefined;
}

function ordered(row: Record<string, unknown>, fields: readonly Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (Object.hasOwn(row, field.key)) out[field.key] = row[field.key];
  return out;
}

/** The first text field of a row: what a bullet list item becomes when a list of rows is written as bullets. */
export function mainField(node: Node): Field | undefined {
  return rowFields(node).find((field) => field.value.type === 'text' && field.presence === 'required');
}
