import { countWord } from '../../messages/catalogue.js';
import { counted, statusText } from '../../messages/status.js';
import { mermaidGantt, type GanttSection } from '../../render/gantt.js';
import { TASK_STATES, type StatusReport } from '../status.js';
import { allItems, itemWhat, itemWhen, percent, planName } from './names.js';
import type { StatusFormatOptions, StatusFormatter } from './types.js';

/** Plan text in a table cell: a `|` would end the cell and a line break the row. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').trim() || '–';
}

/** The report's Markdown; also the source of its Word document, so both say the same. */
export function statusMarkdown(report: StatusReport, { lang }: Pick<StatusFormatOptions, 'lang'>, options: { timeline?: boolean } = {}): string {
  const days = report.within;
  const out: string[] = [`# ${statusText(lang, 'heading.report')}`, ''];
  const lead = statusText(lang, 'lead.report', { today: report.today, count: report.plans.length, planWord: counted(lang, 'word.plan', report.plans.length) });
  out.push(report.for === null ? lead : `${lead} ${statusText(lang, 'lead.for', { name: cell(report.for) })}`, '');

  out.push(`## ${statusText(lang, 'heading.plans')}`, '');
  const head = ['col.plan', 'col.type', 'col.schemes', 'col.period', 'col.completeness', 'col.emptiest', 'col.errors', 'col.warnings', 'col.tasksShort', 'col.overdue', 'col.next'] as const;
  out.push(`| ${head.map((key) => statusText(lang, key)).join(' | ')} |`, `|${head.map((_, i) => (i >= 6 && i <= 9 ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const plan of report.plans) {
    const next = plan.upcoming[0];
    const row = [
      cell(planName(plan)),
      plan.type ?? '–',
      plan.schemes.map((s) => s.toUpperCase()).join(', ') || '–',
      plan.period ? `${plan.period.fra} – ${plan.period.til}` : '–',
      `${percent(plan.completeness)} %`,
      cell(plan.emptiest.map((section) => `${section.title} ${percent(section.completeness)} %`).join(', ')),
      String(plan.errors),
      String(plan.warnings),
      TASK_STATES.map((state) => plan.tasks[state]).join('/'),
      String(plan.overdue.length),
      next ? cell(`${itemWhen(next)} ${itemWhat(next, lang)}`) : '–',
    ];
    out.push(`| ${row.join(' | ')} |`);
  }
  out.push('', `${statusText(lang, 'col.tasksShort')}: ${TASK_STATES.map((state) => statusText(lang, `state.${state}`).toLowerCase()).join(' / ')}.`, '');

  out.push(`## ${statusText(lang, 'heading.overdue')}`, '');
  const overdue = allItems(report.plans, 'overdue');
  if (overdue.length === 0) out.push(statusText(lang, 'none.overdue'));
  for (const { plan, item } of overdue) {
    out.push(`- **${item.date}** (${counted(lang, 'days.late', -item.days)}): ${cell(planName(plan))}: ${cell(itemWhat(item, lang))}${item.owner ? ` (${cell(item.owner)})` : ''}`);
  }
  out.push('', `## ${statusText(lang, 'heading.upcoming', { days })}`, '');
  const upcoming = allItems(report.plans, 'upcoming');
  if (upcoming.length === 0) out.push(statusText(lang, 'none.upcoming', { days }));
  for (const { plan, item } of upcoming) {
    out.push(`- **${itemWhen(item)}**: ${cell(planName(plan))}: ${cell(itemWhat(item, lang))}${item.owner ? ` (${cell(item.owner)})` : ''}`);
  }
  if (options.timeline !== false) {
    const sections: GanttSection[] = report.plans.map((plan) => ({
      name: planName(plan),
      entries: [...plan.overdue, ...plan.upcoming].map((item) => ({
        title: item.title ?? item.row,
        start: item.date,
        milestone: item.section !== 'oppgaver',
        critical: item.days < 0,
      })),
    }));
    const chart = mermaidGantt(statusText(lang, 'heading.timeline'), sections);
    if (chart) out.push('', `## ${statusText(lang, 'heading.timeline')}`, '', chart);
  }
  const { summary } = report;
  out.push(
    '',
    `${statusText(lang, 'summary', {
      plans: summary.plans,
      planWord: counted(lang, 'word.plan', summary.plans),
      errors: summary.errors,
      warnings: summary.warnings,
      warningWord: countWord(lang, 'warning', summary.warnings),
      overdue: summary.overdue,
      upcoming: summary.upcoming,
      days,
    })}.`,
  );
  return `${out.join('\n')}\n`;
}

export const markdown: StatusFormatter = (report, options) => statusMarkdown(report, options);
