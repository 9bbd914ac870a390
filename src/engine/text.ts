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

/** A run between spaces is a word when it holds a letter or a digit (a dash or a bullet alone is not). */
const HOLDS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(text: string, lang: string | null): number {
  if (!text) return 0;
  // Spaced scripts: a word is a run between spaces holding a letter or digit (the segmenter is ~10× slower).
  if (!UNSPACED_SCRIPTS.test(text)) {
    let count = 0;
    for (const run of text.split(/\s+/)) if (HOLDS_LETTER_OR_DIGIT.test(run)) count++;
    return count;
  }
  const segmenter = segmenterFor(lang);
  if (!segmenter) return text.split(/\s+/).filter(Boolean).length;
  let count = 0;
  for (const part of segmenter.segment(text)) if (part.isWordLike) count++;
  return count;
}

/**
 * Silent reading speed by language, in words a minute: the IReST study's means for adults reading
 * comparable texts (Trauzettel-Klosinski & Dietz, Investigative Ophthalmology & Visual Science, 2012).
 * Words as `countWords` counts them (Chinese and Japanese through the word segmenter, as the study did).
 * Languages it did not measure read at WORDS_PER_MINUTE.
 */
const WORDS_PER_MINUTE_BY_LANGUAGE: Record<string, number> = {
  ar: 138, zh: 158, nl: 202, en: 228, fi: 161, fr: 195, de: 179, he: 187, it: 188, ja: 193, pl: 166,
  pt: 181, ru: 184, sl: 180, es: 218, sv: 199, tr: 166,
};

/** A language tag's primary subtag, lower case ("fr-FR", "fr_FR" → "fr"); "" when there is none. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0]!;
}

export function readingMinutes(words: number, lang?: string | null): number {
  const speed = WORDS_PER_MINUTE_BY_LANGUAGE[primaryLanguage(lang)] ?? WORDS_PER_MINUTE;
  return Math.max(1, Math.round(words / speed));
}

/** Han, kana and hangul carry about a word per character: they count thrice when judging how much text there is. */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const DENSE_SCRIPT_WEIGHT = 3;

/** Length of a text for "is this a paragraph / a story" thresholds, fair to scripts without spaces. */
export function effectiveLength(text: string): number {
  return text.length + (DENSE_SCRIPT_WEIGHT - 1) * (text.match(DENSE_SCRIPT)?.length ?? 0);
}
