import type { Path } from '../load/source.js';
import { t } from '../messages/catalogue.js';
import type { Field, Node, TitleLang, Value } from './define.js';
import { childNodes, fieldsAt } from './tree.js';
import { isRecord } from './walk.js';

/** The field of a row that names it in words: its first text (a task's `oppgave`, a partner's `navn`). */
function titleOf(row: unknown, fields: readonly Field[]): string | undefined {
  if (!isRecord(row)) return undefined;
  for (const field of fields) {
    if (field.value.type !== 'text') continue;
    const value = row[field.key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim().replace(/\s+/g, ' ');
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** A row as a reader counts it: "Oppgave nr. 3 «Elevsamtaler»", or "Oppgave nr. 3" while it has no title. */
export function rowLabel(rows: Extract<Value, { type: 'rows' }>, row: unknown, index: number, lang: TitleLang): string {
  const one = rows.row[lang].one;
  const title = titleOf(row, fieldsAt(rows.fields));
  // Messages come in bokmål and English; a nynorsk reader gets the nynorsk noun in the bokmål frame.
  const messageLang = lang === 'en' ? 'en' : 'nb';
  return title === undefined ? t(messageLang, 'where.row', { one, n: index + 1 }) : t(messageLang, 'where.rowTitled', { one, n: index + 1, title });
}

/**
 * A path of the file (`oppgaver[2].ansvarlig`) in the words of the document: the
 * sections' titles and the rows' own names, "Tiltak og fremdriftsplan › Oppgave nr. 3
 * «Elevsamtaler» › Ansvarlig". Keys the kind does not know are shown as written.
 */
export function readablePath(nodes: readonly Node[], data: unknown, path: Path, lang: TitleLang): string {
  const parts: string[] = [];
  let fields: readonly Field[] = fieldsAt(nodes);
  let rows: Extract<Value, { type: 'rows' }> | undefined;
  let value: unknown = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const list = Array.isArray(value) ? value : [];
      if (rows) parts.push(rowLabel(rows, list[segment], segment, lang));
      else parts.push(`${segment + 1}.`);
      value = list[segment];
      fields = rows ? fieldsAt(rows.fields) : [];
      rows = undefined;
      continue;
    }
    const field = fields.find((candidate) => candidate.key === segment);
    parts.push(field ? field.title[lang] : segment);
    value = isRecord(value) ? value[segment] : undefined;
    rows = field?.value.type === 'rows' ? field.value : undefined;
    fields = field ? fieldsAt(childNodes(field.value)) : [];
  }
  return parts.join(' › ');
}
