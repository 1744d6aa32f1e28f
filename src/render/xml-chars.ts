import { formatPath, type Path } from '../load/source.js';
import { countXmlForbidden } from './docx/xml-safe.js';

/** Where in the plan the characters Word cannot store stand, and how many there are. */
export function xmlForbiddenInPlan(plan: unknown): { count: number; paths: string[] } {
  let count = 0;
  const paths: string[] = [];
  const walk = (value: unknown, path: Path) => {
    if (typeof value === 'string') {
      const found = countXmlForbidden(value);
      if (found > 0) {
        count += found;
        paths.push(formatPath(path));
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(plan, []);
  return { count, paths };
}
