import { z } from 'zod';

/**
 * Fields that count towards `completeness` without being required: a plan can be
 * valid without them, but a careful author fills them in.
 */
export const recommendedFields = z.registry<{ recommended: true }>();

/** Marks a field optional-but-expected; the description is the editor hover text. */
export function recommended<T extends z.ZodType>(schema: T): z.ZodOptional<T> {
  const optional = schema.optional();
  recommendedFields.add(optional, { recommended: true });
  return optional;
}

/** Free text, Markdown allowed. Blank text is left to the `required` rule, not the schema. */
export const text = (description: string) => z.string().describe(description);

/** ISO calendar date, `YYYY-MM-DD`; impossible dates such as 2026-02-30 are refused. */
export const isoDate = (description: string) => z.iso.date().describe(description);

/** A meeting may carry a time of day: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
export const dateOrDateTime = (description: string) =>
  z.union([z.iso.date(), z.iso.datetime({ local: true })]).describe(description);

/** Baselines and targets are often numbers ("3,4") but remain text in the plan. */
export const measure = (description: string) => z.union([z.string(), z.number()]).describe(description);

/** Amounts in NOK. */
export const amount = (description: string) => z.number().nonnegative().describe(description);

export const year = (description: string) => z.number().int().min(2000).max(2100).describe(description);

export const yesNo = (description: string) => z.boolean().describe(description);
