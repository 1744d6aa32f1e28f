import { DekomError } from '../errors.js';
import { formatPath, locate, parseSource, writtenAt, type Path, type Position, type Source, type SyntaxFault } from '../load/source.js';
import { orList, t } from '../messages/catalogue.js';
import { formatMessage, type MessageArgs } from '../messages/format.js';
import { shownValue } from '../messages/shown-value.js';
import { isKind, kindDefinition, KINDS, type Kind } from '../kinds/index.js';
import { kindSchema } from '../kinds/schemas.js';
import { schemesOf } from '../kinds/schemes.js';
import { flowYaml } from './fix.js';
import { normalisePlan } from './normalise.js';
import type { KindDefinition } from '../model/define.js';
import { isRecord } from '../model/walk.js';
import { applyDirectives, mayHaveDirectives, parseDirectives, unknownRuleIds } from './directives.js';
import { RULE_IDS, RULES, RULES_BY_ID, ruleDocsUrl, type RuleMessageIds } from './registry.js';
import { ruleMessage } from './rule-text.js';
import type { Anchor, Rule } from './rule.js';
import { nearest } from '../util/suggest.js';
import { completenessOf, sampleRows, sectionCompleteness } from './completeness.js';
import { planFacts, type PlanFacts } from './facts.js';
import type { CheckOptions, FileResult, Problem, SectionResult, Severity } from './types.js';
import { describeFault } from '../load/fault-text.js';
import { shapeProblems } from './validate.js';
import { readablePath } from '../model/readable-path.js';

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
  const { findings, kind, completeness, sections, facts } = analyse(file, source, options);
  const severities = kind ? kindSeverities(kindDefinition(kind)) : {};
  const found: Problem[] = [];
  const nodes = kind ? kindDefinition(kind).sections : undefined;
  for (const finding of findings) {
    const problem = toProblem(finding, source, options, severities);
    if (!problem) continue;
    found.push(nodes && finding.path.length > 0 ? { ...problem, where: readablePath(nodes, source.data, finding.path, options.lang) } : problem);
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
  return { file, type: kind ?? null, completeness, ...(sections ? { sections } : {}), problems, ...(facts ? { facts } : {}) };
}

/** The severities a kind gives the rules it tunes; the config still has the last word. */
function kindSeverities(definition: KindDefinition): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  for (const [id, use] of Object.entries(definition.rules ?? {})) {
    const severity = typeof use === 'string' ? use : use.severity;
    if (severity) out[id] = severity;
  }
  return out;
}

/** Whether a rule runs on a plan of this kind: its own, or every kind's unless switched off. */
function appliesTo(rule: Rule, definition: KindDefinition): boolean {
  const use = definition.rules?.[rule.id];
  return use === undefined ? rule.perKind !== true : use !== 'off';
}

/** The kind's options for a rule, with the config's over them. */
function optionsFor(rule: Rule, definition: KindDefinition, config: CheckOptions['ruleOptions']): Readonly<Record<string, unknown>> {
  const use = definition.rules?.[rule.id];
  return { ...(typeof use === 'object' ? use.options : {}), ...config?.[rule.id] };
}

interface Analysis {
  findings: Finding[];
  kind?: Kind;
  completeness: number;
  sections?: SectionResult[];
  facts?: PlanFacts;
}

function analyse(file: string, source: Source, options: CheckOptions): Analysis {
  if (source.faults.length > 0) return { findings: source.faults.map((fault) => syntaxFinding(fault, file)), completeness: 0 };
  const data = source.data;
  if (!isRecord(data) || !('dekom' in data)) {
    return { findings: [finding('required', 'notPlan', [], {})], completeness: 0 };
  }
  const kind = data['type'];
  if (!isKind(kind)) {
    const findings: Finding[] = [];
    if (kind === undefined || kind === null || kind === '') findings.push(finding('required', 'noType', ['type'], { kinds: orList(KINDS, options.lang) }));
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

  const definition = kindDefinition(kind);
  const schema = kindSchema(kind);
  // Read first, so the schema and every rule see `15.03.2027` as the day it means.
  const findings: Finding[] = normalisePlan(definition.sections, data).map((read) =>
    finding('normalised', read.how, read.path, { from: shownValue(read.from), to: flowYaml(read.to) }),
  );
  const schemes = schemesOf(data, definition);
  findings.push(...shapeProblems(schema, data, options.lang, (path) => writtenAt(source, path)).map((p) =>
    finding(p.rule, p.messageId, p.path, p.args, p.anchor),
  ));
  for (const tagged of source.tags ?? []) findings.push({ ...finding('schema', 'tag', tagged.path, { tag: tagged.tag }), at: tagged.position });
  for (const rule of RULES) {
    if (!rule.check || !appliesTo(rule, definition) || options.rules?.[rule.id] === 'off') continue;
    try {
      rule.check({
        plan: data,
        kind,
        schema,
        today: options.today,
        lang: options.lang,
        schemes,
        options: optionsFor(rule, definition, options.ruleOptions),
        related: (reference) => options.related?.(reference),
        // The rule's own messages are held to its ids where the rule is defined (`defineRule`).
        report: (messageId, path, args = {}, anchor = 'node') => findings.push({ rule: rule.id, messageId, path, args, anchor }),
      });
    } catch (error) {
      // A rule that trips over odd data must say which plan, not end the run anonymously.
      throw new DekomError('error.ruleFailed', { file, rule: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return {
    findings,
    kind,
    completeness: completenessOf(schema, data, sampleRows(definition.sections, data)),
    sections: sectionCompleteness(definition, schema, data, options.lang),
    facts: planFacts(data, definition),
  };
}

/** A problem the engine reports itself: the type holds each rule to the messages it has. */
function finding<R extends keyof RuleMessageIds>(rule: R, messageId: RuleMessageIds[R], path: Path, args: MessageArgs, anchor: Anchor = 'node'): Finding {
  return { rule, messageId, path, args, anchor };
}

function syntaxFinding(fault: SyntaxFault, file: string): Finding {
  const { messageId, args, at } = describeFault(fault, file);
  return { ...finding('yaml-syntax', messageId, [], args), ...(at ? { at } : {}) };
}

function toProblem(found: Finding, source: Source, options: CheckOptions, kindSettings: Readonly<Record<string, Severity | 'off'>> = {}): Problem | undefined {
  const rule = RULES_BY_ID.get(found.rule);
  if (!rule) throw new Error(`unregistered rule ${found.rule}`);
  const setting = options.rules?.[rule.id] ?? kindSettings[rule.id];
  if (setting === 'off') return undefined;
  const severity: Severity = setting ?? rule.severity;
  const template = ruleMessage(rule, found.messageId, options.lang);
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
    docs: ruleDocsUrl(rule.id, options.lang),
  };
}
