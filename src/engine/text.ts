/** Word counting and reading time that work for scripts without spaces (zh, ja, th) too. */

/** Average silent reading speed for alphabetic text (words per minute). */
export const WORDS_PER_MINUTE = 230;

/** Scripts written without spaces between words: only these need a word segmenter. */
export const UNSPACED_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenters = new Map<string, Intl.Segmenter | null>();

/** A word segmenter for the language (its locale if valid, the default otherwise), made once; null without Intl.Segmenter. */
export function segmenterFor(lang: string | null | undefined): Intl.Segmenter | null {
  const key = lang ?? '';
  if (segmenters.has(key)) return segmenters.get(key)!;
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  let segmenter: Intl.Segmenter | null = null;
  if (Segmenter) {
    try {
      segmenter = new Segmenter(lang ? Intl.getCanonicalLocales(lang)[0] : undefined, { granularity: 'word' });
    } catch {
      segmenter = new Segmenter(undefined, { granularity: 'word' });
    }
  }
  segmenters.set(key, segmenter);
  return segmenter;
}

export function countWords(text: string, lang: string | null): number {
  if (!text) return 0;
  // Spaced scripts: a word is a run between spaces holding a letter or digit (the segmenter is ~10× slower).
  if (!UNSPACED_SCRIPTS.test(text)) return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const segmenter = segmenterFor(lang);
  if (!segmenter) return text.split(/\s+/).filter(Boolean).length;
  let count = 0;
  for (const part of segmenter.segment(text)) if (part.isWordLike) count++;
  return count;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Han, kana and hangul carry about a word per character: they count thrice when judging how much text there is. */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const DENSE_SCRIPT_WEIGHT = 3;

/** Length of a text for "is this a paragraph / a story" thresholds, fair to scripts without spaces. */
export function effectiveLength(text: string): number {
  return text.length + (DENSE_SCRIPT_WEIGHT - 1) * (text.match(DENSE_SCRIPT)?.length ?? 0);
}
