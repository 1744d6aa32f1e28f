import { RULES, ruleDocsUrl } from '../registry.js';
import type { Formatter } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/dekom-no/dekom';
/** Code scanning resolves `%SRCROOT%` to the checkout, so relative paths land on the right file. */
const SRCROOT = '%SRCROOT%';

/** `goal-smart` → `GoalSmart`: SARIF asks for a friendly name distinct from the id. */
function friendlyName(id: string): string {
  return id.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * SARIF needs a valid URI reference: percent-encode each segment (Norwegian letters, spaces)
 * and keep the `/` separators; an absolute path becomes a `file:` URI with no base.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  if (file.startsWith('/')) return { uri: `file://${encoded}` };
  if (/^[A-Za-z]:\//.test(file)) return { uri: `file:///${file.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}` };
  return { uri: encoded, uriBaseId: SRCROOT };
}

/**
 * SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers. Every rule is listed
 * so a viewer can explain rules that found nothing; no timestamps, so equal input gives equal bytes.
 */
export const sarif: Formatter = (report, { lang, version }) => {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  // `artifacts` must hold unique items, so a file reported twice is listed once.
  const files = [...new Set(report.files.map((file) => file.file))];
  const artifactIndex = new Map(files.map((file, index) => [file, index]));
  const results = report.files.flatMap((file) =>
    file.problems.map((p) => {
      const index = ruleIndex.get(p.rule);
      return {
        ruleId: p.rule,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: p.severity,
        message: { text: p.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { ...artifactLocation(file.file), index: artifactIndex.get(file.file) },
              region: { startLine: p.line, startColumn: p.column },
            },
          },
        ],
        properties: { path: p.path },
      };
    }),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dekom',
            ...(version ? { version } : {}),
            informationUri: INFORMATION_URI,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: friendlyName(rule.id),
              shortDescription: { text: rule.summary[lang] },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: rule.severity },
            })),
          },
        },
        language: lang,
        // Positions come from JavaScript string offsets, which count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        artifacts: files.map((file) => ({ location: artifactLocation(file), roles: ['analysisTarget'] })),
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
