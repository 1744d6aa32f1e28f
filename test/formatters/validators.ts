import { readFileSync } from 'node:fs';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { FIXTURES } from '../helpers.js';

// The OASIS SARIF 2.1.0 schema (errata 01), vendored unchanged; it is written in JSON Schema draft-04.
const schema = JSON.parse(readFileSync(path.join(FIXTURES, 'formatters', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
// Both packages are CommonJS; under NodeNext their classes sit on `.default`.
const { default: Ajv } = ajvDraft04;
const { default: addFormats } = ajvFormats;
// strictRequired off: the schema names properties in `anyOf` branches, which is valid but trips Ajv's lint.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Schema violations as readable lines; empty when the log is valid SARIF 2.1.0. */
export function sarifErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

export interface Case {
  classname: string;
  name: string;
  file: string;
  failure?: { message: string; type: string; '#text': string };
  skipped?: { message: string; '#text': string };
}
export interface Suite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  file: string;
  testcase: Case[];
}
export interface Parsed {
  testsuites: { name: string; tests: string; failures: string; testsuite: Suite[] };
}

// Values stay strings and whitespace is kept, so tests see the text exactly as a CI server reads it.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

/** Parses with a real XML parser, after checking the text is well-formed. */
export function parseJunit(xml: string): Parsed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  return parser.parse(xml) as Parsed;
}

// The JUnit schema of Jenkins' xUnit plugin (junit-10.xsd), vendored unchanged with its MIT notice.
const junitSchema = readFileSync(path.join(FIXTURES, 'formatters', 'junit-10.xsd'), 'utf8');

/** libxml2 (compiled to WebAssembly, so it runs on any clean clone) against that schema; empty when valid. */
export async function junitSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'report.xml', contents: xml }, schema: { fileName: 'junit-10.xsd', contents: junitSchema } });
  return result.errors.map((e) => e.rawMessage);
}
