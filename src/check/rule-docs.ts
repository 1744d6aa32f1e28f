import { readFileSync } from 'node:fs';
import { packageRoot } from '../util/package-root.js';

/** The rule's page from the installed package's docs/rules/, as `dekom rules <id>` prints it. */
export function readRuleDoc(id: string): string {
  return readFileSync(new URL(`docs/rules/${id}.md`, packageRoot()), 'utf8');
}
