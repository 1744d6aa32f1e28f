import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { schemaFiles } from '../../src/kinds/json-schema.js';
import { ROOT, dekom } from '../helpers.js';

describe('JSON Schemas in schemas/', () => {
  it.each(schemaFiles().map((entry) => [entry.file, entry.schema] as const))('%s is up to date (run `npm run schemas`)', (file, schema) => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'schemas', file), 'utf8'));
    expect(committed).toEqual(schema);
  });

  it('carries Norwegian descriptions for editor hover help', () => {
    const skoleplan = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'skoleplan.schema.json'), 'utf8'));
    expect(skoleplan.properties.situasjonsbeskrivelse.description).toMatch(/nasjonale prøver/);
    expect(skoleplan.additionalProperties).toBe(false);
    expect(skoleplan.required).toEqual(expect.arrayContaining(['dekom', 'type', 'tittel', 'periode', 'evaluering']));
  });

  it('dispatches on type in plan.schema.json', () => {
    const plan = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
    expect(plan.oneOf ?? plan.anyOf).toHaveLength(KINDS.length);
  });

  it('`dekom schema --type` prints the same schema as the committed file', () => {
    const result = dekom(['schema', '--type', 'kommuneplan']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'kommuneplan.schema.json'), 'utf8')));
  });

  it('`dekom schema --type` refuses an unknown kind with exit 2', () => {
    const result = dekom(['schema', '--type', 'skoleplna']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/skoleplna/);
  });
});
