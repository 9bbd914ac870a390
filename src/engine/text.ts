/** Word counting and reading time that work for scripts without spaces (zh, ja, th) too. */

/** Average silent reading speed for alphabetic text (words per minute). */
export const WORDS_PER_MINUTE = 230;

export function countWords(text: string, lang: string | null): number {
  if (!text) return 0;
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return text.split(/\s+/).filter(Boolean).length;
  let locale: string | undefined;
  try {
    locale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
  } catch {
    locale = undefined;
  }
  let count = 0;
  for (const part of new Segmenter(locale, { granularity: 'word' }).segment(text)) if (part.isWordLike) count++;
  return count;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
