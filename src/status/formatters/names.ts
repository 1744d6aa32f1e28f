import { statusText } from '../../messages/status.js';
import type { Lang } from '../../messages/catalogue.js';
import type { StatusItem, StatusRow } from '../status.js';

/** How a plan is named in a report: whose it is, else its title, else its file. */
export function planName(plan: StatusRow): string {
  return plan.organisation ?? plan.title ?? plan.file;
}

/** "oppgave: Kartlegging", "møte: Nettverkssamling": what an item is, in a few words. */
export function itemWhat(item: StatusItem, lang: Lang): string {
  return `${statusText(lang, `section.${item.section}`)}: ${item.title ?? item.row}`;
}

/** The day, with its time when a meeting has one. */
export function itemWhen(item: StatusItem): string {
  return item.time ? `${item.date} ${item.time}` : item.date;
}

export function percent(share: number): number {
  return Math.round(share * 100);
}

/** Every overdue and upcoming item of the report with its plan, in date order. */
export function allItems(plans: readonly StatusRow[], which: 'overdue' | 'upcoming'): Array<{ plan: StatusRow; item: StatusItem }> {
  return plans
    .flatMap((plan) => plan[which].map((item) => ({ plan, item })))
    .sort((a, b) => a.item.date.localeCompare(b.item.date) || (a.item.time ?? '').localeCompare(b.item.time ?? '') || planName(a.plan).localeCompare(planName(b.plan)));
}
