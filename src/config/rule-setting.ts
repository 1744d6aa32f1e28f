/** How a rule is set in a config: off, or the severity its problems get. */
export type RuleSetting = 'off' | 'warning' | 'error';
export type Severity = Exclude<RuleSetting, 'off'>;

/** The options a rule takes from a config (`meeting-gap: [warning, { days: 120 }]`), by name and type. */
export type RuleOptionTypes = Readonly<Record<string, 'number' | 'boolean' | 'string'>>;

/** The rules a config may name, each with the options it takes. */
export type KnownRules = ReadonlyMap<string, RuleOptionTypes>;
