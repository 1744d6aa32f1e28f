import type { z } from 'zod';
import type { KindDefinition, Node } from '../model/define.js';
import { childNodes, fieldsAt, walkNodes } from '../model/tree.js';
import type { Path } from '../load/source.js';
import { expectedFieldCount, walkFields, type FieldVisit } from '../model/walk.js';
import { isBlank, isFilled, isRecord } from './plan-data.js';
import type { MessageLang, SectionResult } from './types.js';

interface Tally {
  expected: number;
  filled: number;
}

/**
 * The rows that hold nothing but what init fills in by itself (`id: M1`, `status:
 * planlagt`): a skeleton's sample rows. Their values are init's, not the author's, so
 * they count as not filled in. Keys are the rows' paths, `["mål",0]`, and a list's own
 * path when all its rows are samples.
 */
export function sampleRows(nodes: readonly Node[], data: unknown): Set<string> {
  const samples = new Set<string>();
  if (!isRecord(data)) return samples;
  for (const { node, pattern } of walkNodes(nodes)) {
    if (node.node !== 'field' || node.value.type !== 'rows' || pattern.includes('[]')) continue;
    const path = pattern.split('.');
    let list: unknown = data;
    for (const key of path) list = isRecord(list) ? list[key] : undefined;
    if (!Array.isArray(list)) continue;
    const given = new Map(fieldsAt(childNodes(node.value)).map((field) => [field.key, field.ask?.auto ?? field.ask?.default]));
    let all = list.length > 0;
    list.forEach((row, index) => {
      if (!isRecord(row)) return void (all = false);
      const untouched = Object.entries(row).every(([key, value]) => isBlank(value) || ((typeof value === 'string' || typeof value === 'number') && String(value) === given.get(key)?.replace('{n}', String(index + 1))));
      if (untouched) samples.add(JSON.stringify([...path, index]));
      else all = false;
    });
    // A list of nothing but sample rows is as empty as the list itself.
    if (all) samples.add(JSON.stringify(path));
  }
  return samples;
}

function inSample(path: Path, samples: ReadonlySet<string>): boolean {
  if (samples.size === 0) return false;
  for (let end = 1; end <= path.length; end++) if (samples.has(JSON.stringify(path.slice(0, end)))) return true;
  return false;
}

/** How one field counts: present and real, or missing with everything under it. */
function count(tally: Tally, field: FieldVisit, samples: ReadonlySet<string> = new Set()): void {
  if (!field.required && !field.recommended) return;
  tally.expected++;
  if (isFilled(field.value) && !inSample(field.path, samples)) tally.filled++;
  // A section or list left out counts as all its fields unfilled (a list as one row), not
  // as one field: deleting a half-filled section must not raise the score.
  else if (isBlank(field.value)) tally.expected += expectedFieldCount(field.schema);
}

function share({ expected, filled }: Tally, empty: number): number {
  return expected === 0 ? empty : Math.round((filled / expected) * 1000) / 1000;
}

/** Share of required and recommended fields, list rows included, that hold real content. */
export function completenessOf(schema: z.ZodType, data: unknown, samples: ReadonlySet<string> = new Set()): number {
  const tally = { expected: 0, filled: 0 };
  walkFields(schema, data, (field) => count(tally, field, samples));
  return share(tally, 0);
}

/**
 * The same share for each top section of the kind's document, in its order, so a report
 * can say which sections are emptiest. A section with nothing to fill in is complete. A
 * section no author is asked for (the notes `dekom import` keeps) is listed only when it
 * holds something.
 */
export function sectionCompleteness(definition: KindDefinition, schema: z.ZodType, data: unknown, lang: MessageLang): SectionResult[] {
  const sectionOf = new Map<string, number>();
  definition.sections.forEach((node, index) => {
    for (const field of fieldsAt([node])) sectionOf.set(field.key, index);
  });
  const tallies = definition.sections.map(() => ({ expected: 0, filled: 0 }));
  const samples = sampleRows(definition.sections, data);
  walkFields(schema, data, (field) => {
    const index = sectionOf.get(String(field.path[0]));
    if (index !== undefined) count(tallies[index]!, field, samples);
  });
  const listed = (node: Node) => !(node.node === 'field' && node.ask?.never) || (isRecord(data) && isFilled(data[node.key]));
  return definition.sections.flatMap((node, index) =>
    listed(node) ? [{ key: node.key, title: node.title[lang], completeness: share(tallies[index]!, 1) }] : [],
  );
}
