import { isKind, kindDefinition, type Kind } from '../kinds/index.js';
import { goals } from '../kinds/parts/goals.js';
import { meetings } from '../kinds/parts/meetings.js';
import { PARTNER_ROLES, partners } from '../kinds/parts/partners.js';
import { resources } from '../kinds/parts/resources.js';
import { TASK_STATUSES, tasks } from '../kinds/parts/tasks.js';
import type { Node, Options, TitleLang } from '../model/define.js';
import { fieldAt, walkNodes } from '../model/tree.js';

/** The document's words that come from the kinds' definitions rather than the label files. */

const SHARED_PARTS: readonly Node[] = [goals, tasks, meetings, partners, resources];

/** The values a document names in words: a partner's role, a task's status. */
const OPTIONS: Readonly<Record<string, Options>> = { role: PARTNER_ROLES, status: TASK_STATUSES };

export function kindName(kind: Kind, lang: TitleLang): string {
  return kindDefinition(kind).names[lang];
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
export function valueLabel(category: string, value: string, lang: TitleLang): string | undefined {
  if (category === 'kind') return isKind(value) ? kindName(value, lang) : undefined;
  const options = Object.hasOwn(OPTIONS, category) ? OPTIONS[category]! : undefined;
  return options && Object.hasOwn(options, value) ? options[value]![lang] : undefined;
}
