import { readFileSync } from 'node:fs';
import { packageRoot } from '../util/package-root.js';
import { RULE_DOCS_BASE, ruleDocsFolder } from './registry.js';
import type { MessageLang } from './types.js';

/** The rule's page in the reader's language from the installed package's docs/rules/, as `dekom rules <id>` prints it. */
export function readRuleDoc(id: string, lang: MessageLang = 'nb'): string {
  return readFileSync(new URL(`docs/rules/${ruleDocsFolder(lang)}${id}.md`, packageRoot()), 'utf8');
}

export interface RuleHelp {
  /** The page's opening sentence: what the rule finds. */
  lead: { text: string; markdown: string };
  /** The whole page, for viewers that show a rule's help. */
  text: string;
  markdown: string;
}

const cache = new Map<string, RuleHelp>();

/**
 * A rule's page as SARIF wants it: relative links made absolute (a viewer shows the page
 * outside the repository), and a plain-text version beside the Markdown.
 */
export function ruleHelp(id: string, lang: MessageLang = 'nb'): RuleHelp {
  const folder = ruleDocsFolder(lang);
  const known = cache.get(folder + id);
  if (known) return known;
  const base = new URL(folder, RULE_DOCS_BASE);
  const page = readRuleDoc(id, lang)
    .replace(/\r\n/g, '\n')
    .replace(/\]\(((?![a-z]+:|#)[^)\s]+\.md)(#[^)\s]*)?\)/gi, (_, target: string, anchor = '') => `](${new URL(target, base).href}${anchor})`);
  // The page opens with its title and the default-severity line; the paragraph after them says what the rule finds.
  const body = page.replace(/^# [^\n]*\n+/, '');
  const lead = body.split(/\n{2,}/)[1]?.replace(/\s*\n\s*/g, ' ').trim() ?? '';
  const help = { lead: { text: plainText(lead), markdown: lead }, text: plainText(body).trim(), markdown: body.trim() };
  cache.set(folder + id, help);
  return help;
}

/** Markdown read as text: the marks go, the words stay, link targets in brackets; code as it is. */
function plainText(markdown: string): string {
  let code = false;
  const lines: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      code = !code;
      continue;
    }
    lines.push(
      code
        ? `    ${line}`
        : line
            .replace(/^#{1,6} +/, '')
            .replace(/!?\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
            .replace(/\*\*([^*]+)\*\*/g, '$1')
            .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1$2')
            .replace(/`([^`]+)`/g, '$1'),
    );
  }
  return lines.join('\n');
}
