import path from 'node:path';
import { toPosix } from '../util/posix-path.js';
import picomatch from 'picomatch';
import type { RuleSetting } from './rule-setting.js';
import type { LoadedConfig } from './load.js';
import type { Config } from './schema.js';

const matchers = new Map<string, (file: string) => boolean>();

function matches(globs: readonly string[], relative: string): boolean {
  return globs.some((glob) => {
    let matcher = matchers.get(glob);
    if (!matcher) {
      matcher = picomatch(glob, { dot: true, matchBase: !glob.includes('/') });
      matchers.set(glob, matcher);
    }
    return matcher(relative);
  });
}

function relativeTo(loaded: LoadedConfig, file: string): string {
  return toPosix(path.relative(loaded.folder, file));
}

/** True when the config's `ignore` globs cover the file. */
export function isIgnored(loaded: LoadedConfig | null, file: string): boolean {
  return loaded?.config.ignore ? matches(loaded.config.ignore, relativeTo(loaded, file)) : false;
}

/**
 * Rule settings for one file: the config's `rules`, then each matching override in order.
 * An entry is a severity, or a severity and the rule's options; a later entry's options
 * are merged over an earlier one's.
 */
export function effectiveRules(loaded: LoadedConfig | null, file: string): { rules: Record<string, RuleSetting>; ruleOptions: Record<string, Record<string, unknown>> } {
  const rules: Record<string, RuleSetting> = {};
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  if (!loaded) return { rules, ruleOptions };
  const apply = (table: Config['rules']) => {
    for (const [id, entry] of Object.entries(table ?? {})) {
      if (Array.isArray(entry)) {
        rules[id] = entry[0];
        ruleOptions[id] = { ...ruleOptions[id], ...entry[1] };
      } else rules[id] = entry;
    }
  };
  apply(loaded.config.rules);
  const relative = relativeTo(loaded, file);
  for (const override of loaded.config.overrides ?? []) if (matches(override.files, relative)) apply(override.rules);
  return { rules, ruleOptions };
}
