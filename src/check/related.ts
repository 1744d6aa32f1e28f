import path from 'node:path';
import type { ParseOptions } from '../load/limits.js';
import { MAX_PLAN_BYTES } from '../load/limits.js';
import { readLimited } from '../load/read-limited.js';
import { parseSource } from '../load/source.js';
import { isRecord } from '../model/walk.js';

/** What a plan finds behind a file name it gives for another plan. */
export type RelatedPlan = { data: Record<string, unknown> } | { fault: 'unreadable' | 'notPlan' };

/** A reference that names a plan file rather than a plan's title. */
export function isPlanFileReference(reference: string): boolean {
  return /\.ya?ml$/i.test(reference.trim());
}

/**
 * Whether a plan may name another plan's file, so that its result depends on more than its
 * own bytes and cannot be cached by them. Generous on purpose: a miss would keep a stale result.
 */
export function mayNameRelatedPlan(bytes: Uint8Array): boolean {
  return /langsiktig_plan["']?\s*:/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/**
 * Reads the plans a plan points to (an innstilling's long-term plan), relative to the
 * plan's own folder and within the same limits as any plan; each file once per check.
 */
export function relatedPlans(planFile: string, limits?: ParseOptions['limits']): (reference: string) => RelatedPlan {
  const read = new Map<string, RelatedPlan>();
  return (reference) => {
    const absolute = path.resolve(path.dirname(planFile), reference.trim());
    let found = read.get(absolute);
    if (!found) {
      found = readRelated(absolute, limits);
      read.set(absolute, found);
    }
    return found;
  };
}

function readRelated(absolute: string, limits: ParseOptions['limits']): RelatedPlan {
  let bytes: Uint8Array;
  try {
    const result = readLimited(absolute, limits?.bytes ?? MAX_PLAN_BYTES);
    if ('tooLarge' in result) return { fault: 'notPlan' };
    bytes = result.bytes;
  } catch {
    return { fault: 'unreadable' };
  }
  const source = parseSource(bytes, { limits });
  if (source.faults.length > 0 || !isRecord(source.data) || !('dekom' in source.data)) return { fault: 'notPlan' };
  return { data: source.data };
}
