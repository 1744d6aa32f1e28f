import path from 'node:path';
import { toPosix } from '../util/posix-path.js';
import picomatch from 'picomatch';
import type { RuleSetting } from './rule-setting.js';
import type { LoadedConfig } from './load.js';

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

/** Rule settings for one file: the config's `rules`, then each matching override in order. */
export function effectiveRules(loaded: LoadedConfig | null, file: string): Record<string, RuleSetting> {
  if (!loaded) return {};
  const rules: Record<string, RuleSetting> = { ...loaded.config.rules };
  const relative = relativeTo(loaded, file);
  for (const override of loaded.config.overrides ?? []) {
    if (matches(override.files, relative)) Object.assign(rules, override.rules);
  }
  return rules;
}
