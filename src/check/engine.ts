import { DekomError } from '../errors.js';
import { formatPath, locate, parseSource, writtenAt, type Path, type Position, type Source, type SyntaxFault } from '../load/source.js';
import { t } from '../messages/catalogue.js';
import { formatMessage, type MessageArgs } from '../messages/format.js';
import { shownValue } from '../messages/shown-value.js';
import { isKind, kindSchemas, KINDS, type Kind } from '../model/plan.js';
import { expectedFieldCount, isRecord, walkFields } from '../model/walk.js';
import { applyDirectives, mayHaveDirectives, parseDirectives, unknownRuleIds } from './directives.js';
import { isBlank, isFilled } from './plan-data.js';
import { RULES, RULES_BY_ID, ruleDocsUrl } from './registry.js';
import type { Anchor } from './rule.js';
import { nearest } from './suggest.js';
import type { CheckOptions, FileResult, Problem, Severity } from './types.js';
import { describeFault } from './syntax-faults.js';
import { shapeProblems } from './validate.js';

const RULE_IDS: ReadonlySet<string> = new Set(RULES_BY_ID.keys());

/** The "did you mean" hint in the reader's language, or nothing when there is no likely match. */
function hintFor(suggestion: string | undefined, lang: CheckOptions['lang']): string {
  return suggestion ? t(lang, 'hint.didYouMean', { suggestion }) : '';
}

/** A problem before severities and language are applied. */
interface Finding {
  rule: string;
  messageId: string;
  args: MessageArgs;
  path: Path;
  anchor: Anchor;
  /** Set where the position is known without the document, as for YAML syntax errors. */
  at?: Position;
}

/** Checks one plan given as bytes; never throws on bad input, every fault is a problem. */
export function checkBytes(file: string, bytes: Uint8Array, options: CheckOptions): FileResult {
  return checkSource(file, parseSource(bytes, { limits: options.limits }), options);
}

export function checkSource(file: string, source: Source, options: CheckOptions): FileResult {
  const { findings, kind, completeness } = analyse(file, source, options);
  const found: Problem[] = [];
  for (const finding of findings) {
    const problem = toProblem(finding, source, options);
    if (problem) found.push(problem);
  }
  const readable = source.faults.length === 0 && mayHaveDirectives(source.text);
  const { kept: problems, unused } = applyDirectives(found, readable ? parseDirectives(source.text) : []);
  for (const directive of unused) {
    const unknown = unknownRuleIds(directive, RULE_IDS);
    const rules = directive.rules.length ? ` ${directive.rules.join(', ')}` : '';
    const args: MessageArgs = unknown.length
      ? { id: unknown[0]!, hint: hintFor(nearest(unknown[0]!, [...RULE_IDS]), options.lang) }
      : { kind: directive.kind, rules };
    const at = { line: directive.line, column: directive.column };
    const problem = toProblem({ ...finding('unused-directive', unknown.length ? 'unknownRule' : 'unused', [], args), at }, source, options);
    if (problem) problems.push({ ...problem, path: '' });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { file, type: kind ?? null, completeness, problems };
}

function analyse(file: string, source: Source, options: CheckOptions): { findings: Finding[]; kind?: Kind; completeness: number } {
  if (source.faults.length > 0) return { findings: source.faults.map(syntaxFinding), completeness: 0 };
  const data = source.data;
  if (!isRecord(data) || !('dekom' in data)) {
    return { findings: [finding('required', 'notPlan', [], {})], completeness: 0 };
  }
  const kind = data['type'];
  if (!isKind(kind)) {
    const findings: Finding[] = [];
    if (kind === undefined || kind === null || kind === '') findings.push(finding('required', 'noType', ['type'], {}));
    else if (typeof kind !== 'string') {
      // A list or mapping named as the type is not an unknown name; say what it is.
      const received = t(options.lang, Array.isArray(kind) ? 'type.array' : typeof kind === 'object' ? 'type.object' : typeof kind === 'boolean' ? 'type.boolean' : 'type.number');
      findings.push(finding('schema', 'kindNotName', ['type'], { value: shownValue(kind), received, allowed: KINDS.join(', ') }));
    } else {
      const suggestion = nearest(kind, KINDS);
      findings.push(
        finding('schema', 'kind', ['type'], {
          value: shownValue(kind),
          allowed: KINDS.join(', '),
          hint: hintFor(suggestion, options.lang),
        }),
      );
    }
    return { findings, completeness: 0 };
  }

  const schema = kindSchemas[kind];
  const findings: Finding[] = shapeProblems(schema, data, options.lang, (path) => writtenAt(source, path)).map((p) =>
    finding(p.rule, p.messageId, p.path, p.args, p.anchor),
  );
  for (const tagged of source.tags ?? []) findings.push({ ...finding('schema', 'tag', tagged.path, { tag: tagged.tag }), at: tagged.position });
  for (const rule of RULES) {
    if (!rule.check || (rule.kinds && !rule.kinds.includes(kind)) || options.rules?.[rule.id] === 'off') continue;
    try {
      rule.check({
        plan: data,
        kind,
        schema,
        today: options.today,
        report: (messageId, path, args = {}, anchor = 'node') => findings.push(finding(rule.id, messageId, path, args, anchor)),
      });
    } catch (error) {
      // A rule that trips over odd data must say which plan, not end the run anonymously.
      throw new DekomError('error.ruleFailed', { file, rule: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings, kind, completeness: completenessOf(schema, data) };
}

/** Share of required and recommended fields, list rows included, that hold real content. */
function completenessOf(schema: Parameters<typeof walkFields>[0], data: unknown): number {
  let expected = 0;
  let filled = 0;
  walkFields(schema, data, (field) => {
    if (!field.required && !field.recommended) return;
    expected++;
    if (isFilled(field.value)) filled++;
    // A section or list left out counts as all its fields unfilled (a list as one row), not
    // as one field: deleting a half-filled section must not raise the score.
    else if (isBlank(field.value)) expected += expectedFieldCount(field.schema);
  });
  return expected === 0 ? 0 : Math.round((filled / expected) * 1000) / 1000;
}

function finding(rule: string, messageId: string, path: Path, args: MessageArgs, anchor: Anchor = 'node'): Finding {
  return { rule, messageId, path, args, anchor };
}

function syntaxFinding(fault: SyntaxFault): Finding {
  const { messageId, args, at } = describeFault(fault);
  return { ...finding('yaml-syntax', messageId, [], args), ...(at ? { at } : {}) };
}

function toProblem(found: Finding, source: Source, options: CheckOptions): Problem | undefined {
  const rule = RULES_BY_ID.get(found.rule);
  if (!rule) throw new Error(`unregistered rule ${found.rule}`);
  const setting = options.rules?.[rule.id];
  if (setting === 'off') return undefined;
  const severity: Severity = setting ?? rule.severity;
  const template = rule.messages[found.messageId]?.[options.lang];
  if (!template) throw new Error(`rule ${rule.id} has no message ${found.messageId}`);
  // A problem about the whole file sits at its first character, whatever comments precede the plan.
  const position = found.at ?? (found.path.length === 0 ? { line: 1, column: 1 } : locate(source, found.path, found.anchor));
  return {
    rule: rule.id,
    severity,
    message: formatMessage(template, found.args),
    path: formatPath(found.path),
    line: position.line,
    column: position.column,
    docs: ruleDocsUrl(rule.id),
  };
}
