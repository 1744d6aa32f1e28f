import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_KIND } from '../../src/check/cache.js';
import { FORMATTERS, FORMAT_NAMES } from '../../src/check/formatters/index.js';
import { looksLikeReport } from '../../src/check/formatters/recognise.js';
import { SUPPRESSIONS_KIND } from '../../src/check/suppressions.js';
import { summarise } from '../../src/check/summarise.js';
import { DRAFT_KIND } from '../../src/init/draft.js';
import { ROOT } from '../helpers.js';
import { options, syntheticReport } from '../fixtures/formatters/report.js';

const whole = (text: string) => ({ head: text, tail: text });
const PLAN = readFileSync(path.join(ROOT, 'examples', 'skoleplan-heimdal-ungdomsskole.yaml'), 'utf8');

describe('each writer knows its own files, and only those', () => {
  const empty = { files: [], summary: summarise([]) };
  const cases = FORMAT_NAMES.flatMap((format) => (['nb', 'en'] as const).flatMap((lang) => [[format, lang, 'problems'] as const, [format, lang, 'clean'] as const]));

  it.each(cases)('a %s report in %s (%s) is a report', (format, lang, which) => {
    const report = which === 'clean' ? empty : syntheticReport();
    const text = FORMATTERS[format](report, options(lang));
    // github with nothing to say still ends with the summary line; stylish always does.
    expect(looksLikeReport(whole(text))).toBe(true);
  });

  it('a plan, a config, notes and other JSON are not reports, caches, suppressions or drafts', () => {
    const others = [PLAN, 'rules:\n  overdue: off\n', 'Mine notater\n', '{"name":"pakke","version":"1.0.0"}', '[1, 2]', '<?xml version="1.0"?><testsuites name="jest"/>'];
    for (const text of others) {
      expect(looksLikeReport(whole(text)), text).toBe(false);
      expect(CACHE_KIND.recognises(whole(text)), text).toBe(false);
      expect(SUPPRESSIONS_KIND.recognises(whole(text)), text).toBe(false);
      expect(DRAFT_KIND.recognises(whole(text)), text).toBe(false);
    }
  });

  it('recognises its own cache, suppressions and draft', () => {
    expect(CACHE_KIND.recognises(whole('{"version":1,"entries":{}}'))).toBe(true);
    expect(SUPPRESSIONS_KIND.recognises(whole('{}\n'))).toBe(true);
    expect(SUPPRESSIONS_KIND.recognises(whole('{\n  "plan.yaml": {\n    "required": {\n      "count": 2\n    }\n  }\n}\n'))).toBe(true);
    expect(DRAFT_KIND.recognises(whole('# dekom init: utkast til plan.yaml. Kjør «dekom init plan.yaml» for å fortsette.\nfile: plan.yaml\n'))).toBe(true);
  });
});
