/** How a rule is set in a config: off, or the severity its problems get. */
export type RuleSetting = 'off' | 'warning' | 'error';
export type Severity = Exclude<RuleSetting, 'off'>;
