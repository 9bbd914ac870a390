/**
 * The story's language: the one the page declares, written as a BCP 47 tag ("english" → "en"), unless
 * its text plainly says otherwise; guessed from the text when the page declares none. The reader uses it
 * for hyphenation, fonts, reading speed and stop words, so a template's default "en" on a Polish story
 * would hyphenate it as English.
 */
import { primaryLanguage } from './text';

/** Language names some pages write instead of a tag. */
const NAMED_LANGUAGES: Record<string, string> = {
  english: 'en', german: 'de', deutsch: 'de', french: 'fr', francais: 'fr', français: 'fr', spanish: 'es', espanol: 'es',
  español: 'es', italian: 'it', italiano: 'it', portuguese: 'pt', portugues: 'pt', português: 'pt', dutch: 'nl',
  nederlands: 'nl', polish: 'pl', polski: 'pl', russian: 'ru', greek: 'el', chinese: 'zh', japanese: 'ja', korean: 'ko',
};

/** A declared language as a tag: the first of a list ("en, sv"), a name made a code, "en_US" as "en-US". */
export function languageTag(declared: string | null): string | null {
  const first = declared?.split(/[,;\s]+/).find(Boolean);
  if (!first) return null;
  const named = NAMED_LANGUAGES[first.toLowerCase()];
  if (named) return named;
  return /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(first) ? first.replace(/_/g, '-') : null;
}

/**
 * Scripts whose letters name their language (or the first of its family the corpus has), by code point
 * range: one pass over the sample, no regular expression per script.
 */
const SCRIPT_RANGES: [number, number, string][] = [
  [0x0041, 0x024f, 'latin'], [0x1e00, 0x1eff, 'latin'],
  [0x0370, 0x03ff, 'el'], [0x1f00, 0x1fff, 'el'],
  [0x0400, 0x052f, 'ru'],
  [0x0590, 0x05ff, 'he'],
  [0x0600, 0x06ff, 'ar'], [0x0750, 0x077f, 'ar'],
  [0x0900, 0x097f, 'hi'],
  [0x0e00, 0x0e7f, 'th'],
  [0x1100, 0x11ff, 'ko'], [0x3130, 0x318f, 'ko'], [0xac00, 0xd7af, 'ko'],
  [0x3040, 0x30ff, 'ja'],
  [0x3400, 0x4dbf, 'zh'], [0x4e00, 0x9fff, 'zh'],
];
/** The languages the ranges name (Latin's are told by their words). */
const SCRIPT_LANGUAGES = [...new Set(SCRIPT_RANGES.map(([, , script]) => script))].filter((script) => script !== 'latin');

function scriptOf(code: number): string | null {
  if (code < 0x41) return null;
  for (const [from, to, script] of SCRIPT_RANGES) if (code >= from && code <= to) return script;
  return null;
}

/**
 * Letters are counted only: Latin's range also holds punctuation and signs between its letters. A
 * letter has a case; ASCII's are told by their code, without making two strings of each character.
 */
function isLetter(char: string, code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return char.toLowerCase() !== char.toUpperCase();
}

/** Japanese mixes kana with Han: this share of kana among them is Japanese, not Chinese. */
const MIN_KANA_SHARE = 0.05;
/** Ukrainian letters Russian lacks: this share of the Cyrillic letters is Ukrainian. */
const UKRAINIAN_LETTERS = /[іїєґ]/giu;
const MIN_UKRAINIAN_SHARE = 0.01;

/**
 * The commonest words of each Latin-script language: function words, distinct between neighbours.
 * One-letter words are left out: code, initials and URLs are full of them.
 */
const COMMON_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    en: 'the and of to is that for with was on are it this be by from have has were which their not but they',
    de: 'der die und das ist nicht mit sich des auf für dem den ein eine auch wird von zu im sind wurde nach',
    fr: 'le la les et des est un une du que pour dans pas sur au qui par plus avec ce sont été',
    es: 'el la los las y de que en un una por con para es del se lo como más pero sus fue',
    it: 'il di che la le e è per un una del della con non sono gli nel alla anche dei',
    pt: 'o os de que e do da em um uma para com não por mais as dos das foi ao também',
    nl: 'de het een en van is dat op te niet zijn met voor die aan er ook door wordt',
    pl: 'i w z na do się że nie to jest o od po jak ale przez dla czy tak już oraz są był',
    sv: 'och att det som en på är av för med till den inte har de om ett var',
    da: 'og at det som en på er af for med til den ikke har de om et var',
    cs: 'a v se na je že to s z do o k ve jako by pro jsou byl',
    tr: 've bir bu da de için ile olarak çok daha gibi olan ama ne en',
  }).map(([lang, words]) => [lang, new Set(words.split(' ').filter((word) => word.length > 1))]),
);
/** Letters counted for a guess, and words: enough to decide, few enough to be cheap. */
const SAMPLE_CHARS = 1500;
/** A script's letters must be most of the text's letters to name its language. */
const MIN_SCRIPT_SHARE = 0.5;
/** Common words found before a Latin-script language is named, and its lead over the runner-up. */
const MIN_COMMON_WORDS = 8;
const MIN_LEAD = 2;

/** The language a text is written in, when its letters or its commonest words say so plainly; else null. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of sample) {
    const code = char.codePointAt(0)!;
    const script = scriptOf(code);
    // Han, kana and Hangul have no case: in their ranges every character is a letter.
    if (!script || (script === 'latin' || script === 'el' || script === 'ru') && !isLetter(char, code)) continue;
    counts.set(script, (counts.get(script) ?? 0) + 1);
    letters++;
  }
  if (letters === 0) return null;
  // Han and kana together are one writing system: Japanese when kana are among them.
  const kana = counts.get('ja') ?? 0;
  const cjk = kana + (counts.get('zh') ?? 0);
  if (cjk > letters * MIN_SCRIPT_SHARE) return kana > cjk * MIN_KANA_SHARE ? 'ja' : 'zh';
  if ((counts.get('latin') ?? 0) > letters * MIN_SCRIPT_SHARE) return latinLanguage(sample);
  const [lang, count] = SCRIPT_LANGUAGES.map((l): [string, number] => [l, counts.get(l) ?? 0]).reduce((a, b) => (b[1] > a[1] ? b : a));
  if (count <= letters * MIN_SCRIPT_SHARE) return null;
  if (lang === 'ru' && (sample.match(UKRAINIAN_LETTERS)?.length ?? 0) > count * MIN_UKRAINIAN_SHARE) return 'uk';
  return lang;
}

/** The languages each common word belongs to (a word may be common in several: "de", "en", "la"). */
const LANGUAGES_OF_WORD = new Map<string, string[]>();
for (const [lang, common] of Object.entries(COMMON_WORDS)) {
  for (const word of common) {
    const languages = LANGUAGES_OF_WORD.get(word);
    if (languages) languages.push(lang);
    else LANGUAGES_OF_WORD.set(word, [lang]);
  }
}

function latinLanguage(sample: string): string | null {
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  // One look-up per word for every language at once.
  const found = new Map<string, number>();
  for (const word of words) for (const lang of LANGUAGES_OF_WORD.get(word) ?? []) found.set(lang, (found.get(lang) ?? 0) + 1);
  const hits: [string, number][] = Object.keys(COMMON_WORDS).map((lang) => [lang, found.get(lang) ?? 0]);
  hits.sort((a, b) => b[1] - a[1]);
  const [first, second] = hits;
  if (!first || first[1] < MIN_COMMON_WORDS || first[1] < (second?.[1] ?? 0) * MIN_LEAD) return null;
  return first[0];
}

/** Languages a guess can be told from: the ones it may answer. Another declared language (Serbian, Catalan, Norwegian) is kept, as its text would be guessed as a neighbour's. */
const GUESSABLE = new Set([...Object.keys(COMMON_WORDS), ...SCRIPT_LANGUAGES, 'uk']);

/**
 * The story's language: the declared tag, unless it is one the guess can tell and the text plainly
 * reads as another (another script, or, for a language written in Latin letters, twice the other's
 * common words); the guess when none is declared.
 */
export function storyLanguage(declared: string | null, text: string): string | null {
  const tag = languageTag(declared);
  if (!tag) return guessLanguage(text);
  const declaredLanguage = primaryLanguage(tag);
  // A declaration the guess could not tell from a neighbour's stands without reading the text.
  if (!GUESSABLE.has(declaredLanguage)) return tag;
  const guess = guessLanguage(text);
  if (!guess || declaredLanguage === guess) return tag;
  // A page declared in another script that shows Latin text (code, an English quote) keeps its word.
  return guess in COMMON_WORDS && !(declaredLanguage in COMMON_WORDS) ? tag : guess;
}
