import { isKind, kindDefinition, type Kind } from '../kinds/index.js';
import { KINDERGARTEN_MEASURES, KINDERGARTEN_STAFF } from '../kinds/barnehageplan/kind.js';
import { COFUNDING_FORMS } from '../kinds/parts/forum.js';
import { meetings } from '../kinds/parts/meetings.js';
import { OWNERSHIP, PARTNER_ROLES, partners } from '../kinds/parts/partners.js';
import { GOAL_KINDS, goals } from '../kinds/parts/goals.js';
import { SCHEMES, schemesOf } from '../kinds/schemes.js';
import { resources } from '../kinds/parts/resources.js';
import { TASK_STATUSES, tasks } from '../kinds/parts/tasks.js';
import type { Node, Options, TitleLang } from '../model/define.js';
import { fieldAt, walkNodes } from '../model/tree.js';

/** The document's words that come from the kinds' definitions rather than the label files. */

const SHARED_PARTS: readonly Node[] = [goals, tasks, meetings, partners, resources];

/** The values a document names in words: a partner's role, a task's status. */
const OPTIONS: Readonly<Record<string, Options>> = { role: PARTNER_ROLES, status: TASK_STATUSES, scheme: SCHEMES, ownership: OWNERSHIP, goalKind: GOAL_KINDS, cofunding: COFUNDING_FORMS, measureType: KINDERGARTEN_MEASURES, staff: KINDERGARTEN_STAFF };

/** The kind's name as its seed prints it, with the plan's grant schemes where the name has `{ordning}`. */
export function kindName(kind: Kind, lang: TitleLang, plan: Readonly<Record<string, unknown>> = {}): string {
  const definition = kindDefinition(kind);
  const schemes = schemesOf(plan, definition).map((scheme) => SCHEMES[scheme]![lang]);
  return definition.names[lang].replace(/ ?\(\{ordning\}\)/, schemes.length > 0 ? ` (${schemes.join(', ')})` : '').replace('{ordning}', schemes.join(', '));
}

/**
 * The heading of the section with this key in the plan's kind (`mål`, `nøkkelinformasjon`),
 * else the shared part's own: what `{{t "section.<key>"}}` prints in a template.
 */
export function sectionTitle(kind: Kind | undefined, key: string, lang: TitleLang): string | undefined {
  const nodes = kind && isKind(kind) ? kindDefinition(kind).sections : [];
  for (const { node } of walkNodes(nodes)) if (node.key === key) return node.title[lang];
  return SHARED_PARTS.find((part) => part.node === 'field' && part.key === key)?.title[lang];
}

/** A field's title by its path in the file, `ressurser.budsjett` or `mål[].frist`. */
export function fieldTitle(kind: Kind | undefined, pattern: string, lang: TitleLang): string | undefined {
  const nodes = kind && isKind(kind) ? kindDefinition(kind).sections : SHARED_PARTS;
  return fieldAt(nodes, pattern)?.title[lang] ?? fieldAt(SHARED_PARTS, pattern)?.title[lang];
}

/** What a document calls a value: `{{label "kind" type}}`, `{{label "role" rolle}}`, `{{label "status" status}}`. */
export function valueLabel(category: string, value: string, lang: TitleLang, plan?: Readonly<Record<string, unknown>>): string | undefined {
  if (category === 'kind') return isKind(value) ? kindName(value, lang, plan) : undefined;
  const options = Object.hasOwn(OPTIONS, category) ? OPTIONS[category]! : undefined;
  return options && Object.hasOwn(options, value) ? options[value]![lang] : undefined;
}
