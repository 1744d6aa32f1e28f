import path from 'node:path';
import type { KnownRules, RuleSetting } from './rule-setting.js';
import { todayIso } from '../util/dates.js';
import { readDay } from '../util/norwegian-dates.js';
import { ConfigFinder, loadConfig, type LoadedConfig } from './load.js';
import { effectiveRules } from './resolve.js';

/** What decides a file's result besides its content: rules and the day. */
export interface FileSettings {
  rules: Record<string, RuleSetting>;
  /** What the config tells each rule, beside its severity: `{ 'meeting-gap': { days: 120 } }`. */
  ruleOptions: Record<string, Record<string, unknown>>;
  today: string;
}

/**
 * How the config of a file is found: one given with `--config`, else the nearest
 * `dekom.config.yaml` above the file, looked up once per folder for the run.
 */
export function configLookup(options: { cwd: string; configFile?: string; knownRules: KnownRules }): (absolute: string) => LoadedConfig | null {
  if (options.configFile) {
    const fixed = loadConfig(path.resolve(options.cwd, options.configFile), options.configFile, options.knownRules);
    return () => fixed;
  }
  const finder = new ConfigFinder(options.cwd, options.knownRules);
  return (absolute) => finder.find(path.dirname(absolute));
}

function configToday(config: LoadedConfig | null): string | undefined {
  const given = config?.config.today;
  return given === undefined ? undefined : readDay(given)?.iso;
}

/**
 * The settings `check` and `render` both apply to a file, so they never disagree about it:
 * the day given on the command line, else the config's `today`, else `fallbackToday`
 * (render's document date), else the real date.
 */
export function settingsFor(absolute: string, config: LoadedConfig | null, options: { today?: string; fallbackToday?: string }): FileSettings {
  return {
    ...effectiveRules(config, absolute),
    today: options.today ?? configToday(config) ?? options.fallbackToday ?? todayIso(),
  };
}
