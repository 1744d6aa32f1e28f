import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { ruleMessage, ruleSummary } from '../../src/check/rule-text.js';
import { MESSAGE_KEYS, t } from '../../src/messages/catalogue.js';
import { INIT_MESSAGE_KEYS, ti } from '../../src/messages/init.js';
import { NN_RULES } from '../../src/messages/nn/rules.js';

const NYNORSK: Readonly<Record<string, { summary: string; messages: Readonly<Record<string, string>> } | undefined>> = NN_RULES;

/** `{name}` placeholders of a template, sorted: a translation must keep every one. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('nynorsk is complete', () => {
  it('has every rule summary and message, with the placeholders of the bokmål', () => {
    const missing: string[] = [];
    const changed: string[] = [];
    for (const rule of RULES) {
      const own = NYNORSK[rule.id];
      if (!own?.summary) missing.push(`${rule.id}: summary`);
      for (const [id, texts] of Object.entries(rule.messages)) {
        const nn = own?.messages[id];
        if (!nn) missing.push(`${rule.id}.${id}`);
        else if (placeholders(nn).join() !== placeholders(texts.nb).join()) changed.push(`${rule.id}.${id}`);
      }
    }
    expect(missing, `rule texts without nynorsk: ${missing.join(', ')}`).toEqual([]);
    expect(changed, `nynorsk with other placeholders than the bokmål: ${changed.join(', ')}`).toEqual([]);
  });

  it('has every catalogue key and init message, none of them left in bokmål or English by mistake', () => {
    const missing = MESSAGE_KEYS.filter((key) => !t('nn', key));
    expect(missing, `catalogue keys without nynorsk: ${missing.join(', ')}`).toEqual([]);
    const missingInit = INIT_MESSAGE_KEYS.filter((key) => !ti('nn', key));
    expect(missingInit, `init messages without nynorsk: ${missingInit.join(', ')}`).toEqual([]);
    for (const key of MESSAGE_KEYS) expect(placeholders(t('nn', key)), key).toEqual(placeholders(t('nb', key)));
    for (const key of INIT_MESSAGE_KEYS) expect(placeholders(ti('nn', key)), key).toEqual(placeholders(ti('nb', key)));
    // Words only bokmål writes this way: a nynorsk text holding one was copied, not translated.
    const bokmål = /\b(ikke|hvordan|hvilke|hvem|mangler|finnes|eller bruk en|skrives)\b/;
    const copied = MESSAGE_KEYS.filter((key) => bokmål.test(t('nn', key)));
    expect(copied).toEqual([]);
  });

  it('is what a reader of nynorsk gets, and bokmål stands in only where a rule has no nynorsk', () => {
    const required = RULES.find((rule) => rule.id === 'required')!;
    expect(ruleMessage(required, 'missing', 'nn')).toBe('Manglar påkravd «{key}».');
    expect(ruleMessage(required, 'missing', 'nb')).toBe('Mangler påkrevd «{key}».');
    expect(ruleSummary(required, 'nn')).toBe('Eit påkravd felt eller ein påkravd del manglar eller er tom.');
    const unknown = { id: 'no-such-rule', messages: { gone: { nb: 'bokmål', en: 'English' } }, summary: { nb: 'bokmål', en: 'English' } };
    expect(ruleMessage(unknown, 'gone', 'nn')).toBe('bokmål');
    expect(ruleSummary(unknown, 'nn')).toBe('bokmål');
  });
});
