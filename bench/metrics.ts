/**
 * The bench's measures, as issue 3 defines them. Pure functions, unit-tested in test/unit/bench-metrics.test.ts.
 *
 * Text: tokens are runs of Unicode letters, digits and underscore; shingles are consecutive 4-token
 * windows (a text of fewer than 4 tokens is one shingle); per page, true positives are the multiset
 * overlap of shingles, false positives and false negatives the excess on each side. Precision and recall
 * are means over pages; F1 is the harmonic mean of mean precision and mean recall.
 */

export const SHINGLE_SIZE = 4;

export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  if (words.length === 0) return counts;
  const windows = words.length < SHINGLE_SIZE ? 1 : words.length - SHINGLE_SIZE + 1;
  for (let i = 0; i < windows; i++) {
    const key = words.slice(i, i + SHINGLE_SIZE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
}

/** Precision and recall of one page. Nothing extracted scores 0 on both (a miss, not a pass). */
export function scoreText(extracted: string, truth: string): PageScore {
  const got = shingles(extracted);
  const want = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of got) {
    const expected = want.get(key) ?? 0;
    tp += Math.min(count, expected);
    fp += Math.max(0, count - expected);
  }
  for (const [key, count] of want) fn += Math.max(0, count - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  if (sum === 0) return { precision: 1, recall: 1 };
  const [t, p, n] = [tp / sum, fp / sum, fn / sum];
  return { precision: t + p > 0 ? t / (t + p) : 0, recall: t + n > 0 ? t / (t + n) : 0 };
}

/** A number for the bench tables: fixed digits, a dash for "no value". */
export function formatNumber(n: number, digits = 3): string {
  return Number.isNaN(n) ? '–' : n.toFixed(digits);
}

/** A share as a percentage for the bench tables, a dash for "no value". */
export function formatPercent(n: number): string {
  return Number.isNaN(n) ? '–' : `${(n * 100).toFixed(1)}%`;
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

export function harmonic(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Snippet hits are whitespace-normalised, case-sensitive substrings, as the corpus README suggests. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function containsSnippet(text: string, snippet: string): boolean {
  return normalizeSpace(text).includes(normalizeSpace(snippet));
}

/** Titles and bylines match when their tokens match, case and punctuation aside. */
export function sameWords(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return tokens(a.toLowerCase()).join(' ') === tokens(b.toLowerCase()).join(' ');
}

/** Dates match on the calendar day as written (YYYY-MM-DD), whatever the time and format. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const written = value.match(/\d{4}-\d{2}-\d{2}/)?.[0];
  if (written) return written;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

export function primaryLanguage(value: string | null | undefined): string | null {
  return value ? value.trim().split(/[-_]/)[0]!.toLowerCase() || null : null;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** The confusion of verdicts against labels, over the items that have a label. */
export function confusionOf<T>(items: T[], label: (item: T) => boolean | undefined, said: (item: T) => boolean): Confusion {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const item of items) {
    const truth = label(item);
    if (truth === undefined) continue;
    const verdict = said(item);
    if (truth && verdict) c.tp++;
    else if (verdict) c.fp++;
    else if (truth) c.fn++;
    else c.tn++;
  }
  return c;
}

export function detectionScores(c: Confusion): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: harmonic(precision, recall) };
}
