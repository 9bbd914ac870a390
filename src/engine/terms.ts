/**
 * Terms: the words that say what a text is about, comparable across a headline, a URL slug and a
 * story. Words come from Intl.Segmenter for scripts written without spaces (Japanese, Chinese, Thai)
 * and from a Unicode word pattern for the others, are folded
 * (lower case, accents removed: slugs drop them, "coréens" must meet "coreens") and lose a plural
 * "s", and stop words of the text's language are left out.
 */
import { stopWordsFor } from './stopwords';
import { UNSPACED_SCRIPTS, segmenterFor } from './text';

/** Shorter words carry no topic in alphabetic scripts ("of", "le"); one Han character can be a word. */
const MIN_ALPHABETIC_TERM_LENGTH = 2;
/** A plural "s" is dropped from words longer than this ("soldats" → "soldat", "floods" → "flood"; "news", "fiets" kept). */
const MIN_LENGTH_FOR_PLURAL_FOLD = 5;
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** A word of a spaced script: letters, marks and digits (apostrophes and hyphens split: "l’armée" → "l", "armée"). */
const SPACED_WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower case, no accents: how stop words are listed and terms compared. Applied to whole texts at once. */
function plain(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * A character beyond the words of plain ASCII text: anything but ASCII, spaces and punctuation (quotes,
 * dashes, no-break spaces, "«»", "©"), none of which is a letter, a mark or a digit, nor changes in
 * lower case or NFD. Text without one, most English stories, has the lower-cased ASCII runs as its plain
 * words: no accents to take off, and a pattern without Unicode classes finds them in half the time.
 */
const BEYOND_ASCII_WORDS = /[^\x00-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u2002-\u206f]/;
const ASCII_WORD = /[a-z0-9]+/g;

/** The plain words of a text. */
export function plainWords(text: string, lang: string | null | undefined): string[] {
  // Intl.Segmenter finds the words of Japanese, Chinese or Thai (from the text as written: its
  // dictionary needs the marks); for spaced scripts a Unicode word pattern splits the same way (and
  // splits elisions, as slugs do) far cheaper: the segmenter was the largest single cost of related
  // reads in a profile of 224 corpus pages.
  const segmenter = UNSPACED_SCRIPTS.test(text) ? segmenterFor(lang) : null;
  if (!segmenter) return (BEYOND_ASCII_WORDS.test(text) ? plain(text).match(SPACED_WORD) : text.toLowerCase().match(ASCII_WORD)) ?? [];
  const out: string[] = [];
  for (const part of segmenter.segment(text)) if (part.isWordLike) out.push(plain(part.segment));
  return out;
}

/** An umlaut as slugs spell it ("ae", "oe", "ue"): most words hold none, and are only read to know it. */
const UMLAUT_SPELLING = /[aou]e/;
const UMLAUT_SPELLINGS = /([aou])e/g;

/** A plain word as it is compared: German umlauts as slugs write them, no plural "s". */
function foldPlainWord(word: string): string {
  // "Wärmepumpe" and the slug's "waermepumpe" both become "warmepumpe"; the same folding on both sides
  // keeps every other word comparable ("blue" → "blu" in the link and in the story alike).
  const folded = UMLAUT_SPELLING.test(word) ? word.replace(UMLAUT_SPELLINGS, '$1') : word;
  return folded.length > MIN_LENGTH_FOR_PLURAL_FOLD && folded.endsWith('s') && !folded.endsWith('ss') ? folded.slice(0, -1) : folded;
}

const ALL_DIGITS = /^\p{N}+$/u;

/** The terms of a text in order, repeats kept (their counts matter). */
export function termsOf(text: string, lang: string | null | undefined): string[] {
  const stop = stopWordsFor(lang);
  const out: string[] = [];
  for (const word of plainWords(text, lang)) {
    if (stop.has(word) || ALL_DIGITS.test(word)) continue;
    const folded = foldPlainWord(word);
    if (folded.length < MIN_ALPHABETIC_TERM_LENGTH && !DENSE_SCRIPT.test(folded)) continue;
    out.push(folded);
  }
  return out;
}

/** The title says what a story is about more than any one sentence: its terms count this many times. */
const TITLE_TERM_WEIGHT = 3;

/**
 * How often each term occurs in a story: its opening `maxChars` of text (what it is about; beyond,
 * words add cost, not signal) and its title, weighted. Related reads and library matches both read
 * stories this way.
 */
export function storyTermCounts(title: string, text: string, lang: string | null | undefined, maxChars: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of termsOf(text.slice(0, maxChars), lang)) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const term of termsOf(title, lang)) counts.set(term, (counts.get(term) ?? 0) + TITLE_TERM_WEIGHT);
  return counts;
}

/** The words of a URL's last path segment ("/monde/la-coree-du-nord-48190/" → la coree du nord). */
export function slugText(url: string): string {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const last = decodeURIComponent(segments.at(-1) ?? '').replace(/\.[a-z0-9]+$/i, '');
    return last.split(/[-_+]+/).filter((w) => /\p{L}/u.test(w)).join(' ');
  } catch {
    return '';
  }
}
