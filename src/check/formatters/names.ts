/** The `--format` choices, apart from the formatters so the CLI can list them without loading the rules. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
