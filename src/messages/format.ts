export type MessageArgs = Record<string, string | number>;

/** Fills `{name}` placeholders, ESLint-style; an unknown name is left visible, not blanked. */
export function formatMessage(template: string, args: MessageArgs = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}
