import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, dekomInProcess } from '../helpers.js';
import { EPOCH, EXAMPLES } from './support.js';

const TEMPLATE = path.join(ROOT, 'templates', 'plan.md.hbs');
const env = { SOURCE_DATE_EPOCH: EPOCH };

describe('the built-in templates, compiled by the build', () => {
  it.each(EXAMPLES)('%s: the same Markdown as the template file compiled when rendered', async (file) => {
    const builtIn = await dekomInProcess(['render', file], { env });
    const compiledNow = await dekomInProcess(['render', file, '--template', TEMPLATE], { env });
    expect(builtIn.code, builtIn.stderr).toBe(0);
    expect(compiledNow.code, compiledNow.stderr).toBe(0);
    expect(builtIn.stdout.length).toBeGreaterThan(1000);
    expect(builtIn.stdout).toBe(compiledNow.stdout);
  });

  it('in nynorsk and English too', async () => {
    for (const lang of ['nn', 'en']) {
      const file = EXAMPLES[0]!;
      const builtIn = await dekomInProcess(['render', file, '--lang', lang], { env });
      const compiledNow = await dekomInProcess(['render', file, '--lang', lang, '--template', TEMPLATE], { env });
      expect(builtIn.stdout).toBe(compiledNow.stdout);
    }
  });
});
