import { describe, expect, it } from 'vitest';
import { importWord } from '../../src/import/import.js';
import { EXAMPLES } from '../render/support.js';
import { renderablePlans, renderDocx, shown } from './support.js';

const PLANS = renderablePlans();

describe('render → import gives back what the document shows', () => {
  it('covers every example and the test plans that render', () => {
    expect(PLANS.filter((entry) => entry.name.startsWith('examples/')).map((entry) => entry.name)).toEqual(EXAMPLES);
    expect(PLANS.length).toBeGreaterThan(20);
  });

  it('keeps a period written in words as those words', async () => {
    const example = PLANS.find((entry) => entry.name === 'examples/skoleplan-heimdal-ungdomsskole.yaml')!;
    const plan = { ...example.plan, periode: 'skoleåret 2026/27' };
    for (const lang of ['nb', 'en'] as const) {
      const imported = importWord(await renderDocx(plan, lang), { display: 'plan.docx' });
      expect(imported.plan['periode']).toBe('skoleåret 2026/27');
    }
  });

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it.each(PLANS.map((entry) => [entry.name, entry] as const))(`%s (${lang})`, async (_, { plan, kind }) => {
      const bytes = await renderDocx(plan, lang);
      const imported = importWord(bytes, { display: 'plan.docx' });
      expect(imported.kind).toBe(kind);
      expect(shown(imported.plan, kind)).toEqual(shown(plan, kind));
    });
  }
});
