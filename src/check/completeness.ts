import type { z } from 'zod';
import type { KindDefinition, Node } from '../model/define.js';
import { fieldsAt } from '../model/tree.js';
import { expectedFieldCount, isRecord, walkFields, type FieldVisit } from '../model/walk.js';
import { isBlank, isFilled } from './plan-data.js';
import type { MessageLang, SectionResult } from './types.js';

interface Tally {
  expected: number;
  filled: number;
}

/** How one field counts: present and real, or missing with everything under it. */
function count(tally: Tally, field: FieldVisit): void {
  if (!field.required && !field.recommended) return;
  tally.expected++;
  if (isFilled(field.value)) tally.filled++;
  // A section or list left out counts as all its fields unfilled (a list as one row), not
  // as one field: deleting a half-filled section must not raise the score.
  else if (isBlank(field.value)) tally.expected += expectedFieldCount(field.schema);
}

function share({ expected, filled }: Tally, empty: number): number {
  return expected === 0 ? empty : Math.round((filled / expected) * 1000) / 1000;
}

/** Share of required and recommended fields, list rows included, that hold real content. */
export function completenessOf(schema: z.ZodType, data: unknown): number {
  const tally = { expected: 0, filled: 0 };
  walkFields(schema, data, (field) => count(tally, field));
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
  walkFields(schema, data, (field) => {
    const index = sectionOf.get(String(field.path[0]));
    if (index !== undefined) count(tallies[index]!, field);
  });
  const listed = (node: Node) => !(node.node === 'field' && node.ask?.never) || (isRecord(data) && isFilled(data[node.key]));
  return definition.sections.flatMap((node, index) =>
    listed(node) ? [{ key: node.key, title: node.title[lang], completeness: share(tallies[index]!, 1) }] : [],
  );
}
