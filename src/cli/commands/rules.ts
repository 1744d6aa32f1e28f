import type { Command } from 'commander';
import { DekomError, EXIT } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import type { CommandContext } from '../context.js';

export function registerRules(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('rules'))
    .description(t(lang, 'help.rules'))
    .argument('[id]', t(lang, 'help.rules.id'))
    .addHelpText('after', `\n${t(lang, 'help.title.examples')}\n  dekom rules\n  dekom rules goal-smart\n`)
    .action(async (id: string | undefined) => {
      const { RULES, RULES_BY_ID } = await import('../../check/registry.js');
      const { ruleSummary } = await import('../../check/rule-text.js');
      const { io } = context;
      if (id === undefined) {
        const width = Math.max(...RULES.map((rule) => rule.id.length));
        const severityWidth = Math.max(t(lang, 'severity.error').length, t(lang, 'severity.warning').length);
        for (const rule of RULES) {
          const severity = t(lang, rule.severity === 'error' ? 'severity.error' : 'severity.warning');
          const fixable = rule.fixable ? ` (${t(lang, 'rules.fixable')})` : '';
          io.stdout(`${rule.id.padEnd(width)}  ${severity.padEnd(severityWidth)}  ${ruleSummary(rule, lang)}${fixable}\n`);
        }
        context.setExit(EXIT.ok);
        return;
      }
      if (!RULES_BY_ID.has(id)) {
        const { nearest } = await import('../../util/suggest.js');
        const suggestion = nearest(id, [...RULES_BY_ID.keys()]);
        throw new DekomError('error.unknownRule', { id, hint: suggestion ? ` (${suggestion}?)` : '' });
      }
      const { readRuleDoc } = await import('../../check/rule-docs.js');
      io.stdout(readRuleDoc(id, lang));
      context.setExit(EXIT.ok);
    });
}
