/** The plan kinds, apart from their schemas so the CLI can name them without loading Zod. */
export const KINDS = ['nettverksplan', 'kompetanseplan', 'skoleplan', 'kommuneplan'] as const;
export type Kind = (typeof KINDS)[number];

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}
