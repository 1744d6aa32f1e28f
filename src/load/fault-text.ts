import type { Position, SyntaxFault } from './source.js';
import { formatMessage, type MessageArgs } from '../messages/format.js';
import { YAML_FAULT_MESSAGES } from '../messages/yaml-faults.js';

import { NN_RULES } from '../messages/nn/rules.js';

type MessageLang = 'nb' | 'nn' | 'en';
const FAULT_MESSAGES: Record<string, Record<'nb' | 'en', string>> = YAML_FAULT_MESSAGES;

/** A fault as the `yaml-syntax` rule tells it: which of its messages, with what, and where when the fault knows. */
export interface FaultMessage {
  messageId: FaultMessageId;
  args: MessageArgs;
  at?: Position;
}

/** The `yaml` parser's commonest error codes, told in the author's terms. */
type FaultMessageId = keyof typeof YAML_FAULT_MESSAGES;

const YAML_ERROR_MESSAGES: Record<string, FaultMessageId> = {
  TAB_AS_INDENT: 'tab',
  BAD_INDENT: 'indent',
  DUPLICATE_KEY: 'duplicateKey',
  BLOCK_AS_IMPLICIT_KEY: 'colon',
  MULTILINE_IMPLICIT_KEY: 'colon',
  MULTIPLE_DOCS: 'multipleDocs',
};

const LIMIT_MESSAGES = { lines: 'limitLines', tokens: 'limitTokens', nodes: 'limitNodes', depth: 'limitDepth', entries: 'limitEntries' } as const;

function yamlMessageId(code: string, message: string): FaultMessageId {
  // MISSING_CHAR also covers a missing `-` or `]`; only an unclosed quote gets the quote text.
  if (code === 'MISSING_CHAR') return /closing ["']quote/.test(message) ? 'quote' : 'yaml';
  if (/call stack/i.test(message)) return 'tooDeep';
  return YAML_ERROR_MESSAGES[code] ?? 'yaml';
}

/**
 * A line such as `beskrivelse: Tema: lesing`: a key whose text has `: ` in it, which YAML
 * reads as a key inside the value. The text in double quotes is what the author meant.
 */
const PROSE_AFTER_KEY = /^(\s*(?:-\s+)*)([^\s#'"\[\]{}&*!|>%@`-][^:#]*?):[ \t]+(.*?)(\s+#.*)?\s*$/;

/**
 * The line with its text quoted, for the `colonInText` message and for `dekom check --fix`;
 * `quoted` is without the line's indentation, which `indent` holds.
 */
export function quotedLine(line: string | undefined): { key: string; quoted: string; indent: string } | undefined {
  const match = line === undefined ? null : PROSE_AFTER_KEY.exec(line);
  if (!match) return undefined;
  const [, lead = '', key = '', text = '', comment = ''] = match;
  if (!/:(\s|$)/.test(text) || /^["'[{|>&*!]/.test(text)) return undefined;
  // Single quotes need no escapes for a text with double quotes in it.
  const value = text.includes('"') && !text.includes("'") ? `'${text}'` : `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  // Shown without the indentation: the author keeps their own, and a message line is not the file.
  return { key: key.trim(), quoted: `${lead.trimStart()}${key.trim()}: ${value}${comment}`, indent: /^\s*/.exec(lead)![0] };
}

/**
 * `file` is the name the user gave, for the fault whose message tells a command to run on
 * it (a Word document: `dekom import <file>`); a name a shell would split is shown quoted.
 */
export function describeFault(fault: SyntaxFault, file = 'plan.docx'): FaultMessage {
  switch (fault.kind) {
    case 'word':
      return { messageId: 'word', args: { file: /^[\p{L}\p{N}_./@:+-]+$/u.test(file) ? file : `"${file}"` } };
    case 'yaml': {
      const messageId = yamlMessageId(fault.code, fault.message);
      const prose = messageId === 'colon' ? quotedLine(fault.line) : undefined;
      if (prose) return { messageId: 'colonInText', args: { key: prose.key, quoted: prose.quoted }, at: fault.position };
      return { messageId, args: { detail: fault.message }, at: fault.position };
    }
    case 'too-large':
      return { messageId: 'tooLarge', args: { size: `${(fault.bytes / 1024 / 1024).toFixed(1)} MB` } };
    case 'binary':
      return { messageId: 'binary', args: {} };
    case 'nul':
      return { messageId: 'nul', args: {}, at: fault.position };
    case 'encoding':
      if (fault.encoding) return { messageId: 'encodingNamed', args: { encoding: fault.encoding } };
      if (fault.firstInvalid) return { messageId: 'encodingAt', args: { line: fault.firstInvalid.line, column: fault.firstInvalid.column } };
      return { messageId: 'encoding', args: {} };
    case 'aliases':
      return { messageId: 'aliases', args: { max: fault.max }, at: fault.position };
    case 'undefined-alias':
      return { messageId: 'undefinedAlias', args: { name: fault.name }, at: fault.position };
    case 'cycle':
      return { messageId: 'cycle', args: { name: fault.name }, at: fault.position };
    case 'limit':
      return { messageId: LIMIT_MESSAGES[fault.limit], args: { max: fault.max }, at: fault.position };
  }
}

/** The fault in words, for files read outside `check` (a config, an answers file) that report it as they fail. */
export function faultText(fault: SyntaxFault, lang: MessageLang): string {
  const { messageId, args } = describeFault(fault);
  const template = lang === 'nn' ? (NN_RULES['yaml-syntax'].messages as Readonly<Record<string, string>>)[messageId] : FAULT_MESSAGES[messageId]![lang];
  return formatMessage(template ?? FAULT_MESSAGES[messageId]!.nb, args);
}

/** Where the fault is, or the start of the file when it is about the whole file. */
export function faultPosition(fault: SyntaxFault): Position {
  return describeFault(fault).at ?? { line: 1, column: 1 };
}
