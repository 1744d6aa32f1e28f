import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleDocsUrl } from '../registry.js';
import { ruleHelp } from '../rule-docs.js';
import { ruleSummary } from '../rule-text.js';
import type { FileResult, Problem } from '../types.js';
import { fileSubject, problemSubject } from './subject.js';
import type { Formatter } from './types.js';

function subjectProperty(file: FileResult, path: string): { subject?: ReturnType<typeof problemSubject> } {
  const subject = problemSubject(file.facts, path);
  return subject ? { subject } : {};
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/dekom-no/dekom';
/** Code scanning resolves `%SRCROOT%` to the checkout, so relative paths land on the right file. */
const SRCROOT = '%SRCROOT%';
/** Named and versioned, so a future change of what is hashed cannot be mistaken for this one. */
const FINGERPRINT = 'dekomYamlPath/v1';

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

/** A folder as a `file:` URI with the closing slash SARIF requires of a base. */
function folderUri(folder: string): string {
  return pathToFileURL(folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`).href;
}

/**
 * The same problem keeps its fingerprint when lines are added above it: it is the file,
 * the rule and the YAML path, with a count for a rule that fires twice on one path.
 */
function fingerprints(file: FileResult): Map<Problem, string> {
  const seen = new Map<string, number>();
  const out = new Map<Problem, string>();
  for (const p of file.problems) {
    const key = `${file.file}\u0000${p.rule}\u0000${p.path}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    out.set(p, createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32));
  }
  return out;
}

/**
 * SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers. Every rule is listed
 * with its page as help, so a viewer can explain rules that found nothing; no timestamps, so
 * equal input gives equal bytes.
 */
export const sarif: Formatter = (report, { lang, version, sourceRoot }) => {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  // `artifacts` must hold unique items, so a file reported twice is listed once.
  const files = [...new Set(report.files.map((file) => file.file))];
  const artifactIndex = new Map(files.map((file, index) => [file, index]));
  const byName = new Map(report.files.map((file) => [file.file, file]));
  const results = report.files.flatMap((file) => {
    const fingerprint = fingerprints(file);
    return file.problems.map((p) => {
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
        partialFingerprints: { [FINGERPRINT]: fingerprint.get(p)! },
        properties: { path: p.path, ...subjectProperty(file, p.path) },
      };
    });
  });
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
            // No `name`: a rule's id is already its readable name, and SARIF wants the two to differ.
            rules: RULES.map((rule) => {
              const help = ruleHelp(rule.id, lang);
              return {
                id: rule.id,
                shortDescription: { text: ruleSummary(rule, lang) },
                fullDescription: help.lead,
                help: { text: help.text, markdown: help.markdown },
                helpUri: ruleDocsUrl(rule.id, lang),
                defaultConfiguration: { level: rule.severity },
              };
            }),
          },
        },
        // A run that got this far read every file it was given; problems are results, not failures.
        invocations: [{ executionSuccessful: true }],
        ...(sourceRoot ? { originalUriBaseIds: { [SRCROOT]: { uri: folderUri(sourceRoot) } } } : {}),
        language: lang,
        // Positions come from JavaScript string offsets, which count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        artifacts: files.map((file) => ({ location: artifactLocation(file), roles: ['analysisTarget'], properties: fileSubject(byName.get(file)!) })),
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
