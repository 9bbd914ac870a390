/**
 * A story's day written in the page rather than declared: the dateline under its headline
 * ("23.01.2022", "Dec 9, 2016", "3 mars 2019", "2019年4月28日"), read as YYYY-MM-DD.
 */
import { INVISIBLE_TEXT_TAGS, TEXT_NODE, isElement, spaceRunsAsOne, tagName, textOf } from './dom';

/**
 * Month names and their usual abbreviations, in the corpus's languages: en, de, fr, es, it, pt, nl (Latin
 * script), then pl, cs, tr, ru, uk and el, whose datelines write the month as a word in the genitive
 * ("5 января 2012", "3 listopada 2011", "16 Δεκεμβρίου 2011") or in the nominative.
 */
const MONTHS: Record<string, number> = {};
/** A month word as looked up: lower case, accents off (capitals drop them: "ΔΕΚΕΜΒΡΙΟΥ", "FÉVRIER" and "FEVRIER"). */
function foldMonth(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
[
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari',
    'stycznia', 'styczeń', 'sty', 'ledna', 'leden', 'ocak', 'января', 'январь', 'янв', 'січня', 'ιανουαρίου', 'ιανουάριος', 'ιαν'],
  ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari',
    'lutego', 'luty', 'lut', 'února', 'únor', 'şubat', 'февраля', 'февраль', 'фев', 'лютого', 'φεβρουαρίου', 'φεβρουάριος', 'φεβ'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'mrt',
    'marca', 'marzec', 'března', 'březen', 'mart', 'марта', 'март', 'березня', 'μαρτίου', 'μάρτιος', 'μαρ'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile',
    'kwietnia', 'kwiecień', 'kwi', 'dubna', 'duben', 'nisan', 'апреля', 'апрель', 'апр', 'квітня', 'απριλίου', 'απρίλιος', 'απρ'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei',
    'maja', 'maj', 'května', 'květen', 'mayıs', 'мая', 'май', 'травня', 'μαΐου', 'μάιος', 'μαΐ'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho',
    'czerwca', 'czerwiec', 'cze', 'června', 'červen', 'haziran', 'июня', 'июнь', 'червня', 'ιουνίου', 'ιούνιος', 'ιουν'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho',
    'lipca', 'lipiec', 'lip', 'července', 'červenec', 'temmuz', 'июля', 'июль', 'липня', 'ιουλίου', 'ιούλιος', 'ιουλ'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus',
    'sierpnia', 'sierpień', 'srpna', 'srpen', 'ağustos', 'августа', 'август', 'авг', 'серпня', 'αυγούστου', 'αύγουστος', 'αυγ'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro',
    'września', 'wrzesień', 'wrz', 'září', 'eylül', 'сентября', 'сентябрь', 'сен', 'вересня', 'σεπτεμβρίου', 'σεπτέμβριος', 'σεπ'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out',
    'października', 'październik', 'paź', 'října', 'říjen', 'ekim', 'октября', 'октябрь', 'окт', 'жовтня', 'οκτωβρίου', 'οκτώβριος', 'οκτ'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro',
    'listopada', 'listopad', 'lis', 'listopadu', 'kasım', 'ноября', 'ноябрь', 'нояб', 'ноя', 'листопада', 'νοεμβρίου', 'νοέμβριος', 'νοε'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro',
    'grudnia', 'grudzień', 'gru', 'prosince', 'prosinec', 'aralık', 'декабря', 'декабрь', 'дек', 'грудня', 'δεκεμβρίου', 'δεκέμβριος', 'δεκ'],
].forEach((names, index) => names.forEach((name) => (MONTHS[foldMonth(name)] = index + 1)));

/** A year. The written forms end it at the next non-digit, not at a word's end: text run together from markup glues a word to it ("January 11, 2008By Jalilur Rehman"). */
const YEAR = '((?:19|20)\\d{2})';
const MONTH_WORD = '(\\p{L}{3,12})\\.?';
/** A day written day first between dots: 23.01.2022. */
const DOTTED_DAY = `(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?${YEAR}`;
/** The written forms, each with the positions of its year, month and day groups (a month word is looked up). */
const DAY_FORMS: { pattern: RegExp; year: number; month: number; day: number }[] = [
  // 2019-04-28, 2019/04/28
  { pattern: new RegExp(`\\b${YEAR}[-/](\\d{1,2})[-/](\\d{1,2})\\b`, 'gu'), year: 1, month: 2, day: 3 },
  // 23.01.2022 (day first wherever dots separate)
  { pattern: new RegExp(`\\b${DOTTED_DAY}\\b`, 'gu'), year: 3, month: 2, day: 1 },
  // 2019年4月28日
  { pattern: new RegExp(`${YEAR}\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日`, 'gu'), year: 1, month: 2, day: 3 },
  // Dec 9, 2016 · December 9th 2016
  { pattern: new RegExp(`(?<!\\p{L})${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}(?!\\d)`, 'gu'), year: 3, month: 1, day: 2 },
  // 23. Januar 2022 · 3 mars 2019 · 3 de marzo de 2019
  { pattern: new RegExp(`\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH_WORD}\\s+(?:de\\s+)?${YEAR}(?!\\d)`, 'gu'), year: 3, month: 2, day: 1 },
];

const YEAR_WRITTEN = /(?:19|20)\d{2}/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first day written in `text` (by position), as YYYY-MM-DD; numbers that are no day of a month are skipped. */
export function dayInText(text: string): string | null {
  // Every form writes the year: most texts have none, and are not read five times.
  if (!YEAR_WRITTEN.test(text)) return null;
  let first: { at: number; day: string } | null = null;
  for (const form of DAY_FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      if (first && match.index >= first.at) break;
      const rawMonth = match[form.month]!;
      const month = /^\d+$/.test(rawMonth) ? Number(rawMonth) : MONTHS[foldMonth(rawMonth)];
      const day = Number(match[form.day]);
      if (!month || month > 12 || day < 1 || day > 31) continue;
      first = { at: match.index, day: `${match[form.year]}-${pad(month)}-${pad(day)}` };
      break;
    }
  }
  return first?.day ?? null;
}

/** A time of day written beside a date ("07:15", "20.00", "9h30"). */
const TIME_OF_DAY = /\b\d{1,2}[:.h]\d{2}\b/g;
/** Letters a dateline holds besides its date: a weekday's or a short label's ("Wednesday,", "Stand:"), not a sentence's. */
const MAX_DATELINE_LABEL_LETTERS = 12;
const LETTER = /\p{L}/gu;
/** All the letters a dateline may hold: two dates' month names and a label ("December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST": 26). */
const MAX_DATELINE_LETTERS = 40;

/**
 * Over a headline, the line holding the date may also name the story's kind and section ("Pressemitteilung
 * Aktuell 02. November 2021", "Thema des Tages // 02.11.2021"): a kicker's words, more than a label's.
 */
const MAX_KICKER_LABEL_LETTERS = 24;

/** The day of a text that is only a dateline (a day written out, with at most a time and a weekday or a short label), else null. */
function datelineDay(text: string, maxLabelLetters = MAX_DATELINE_LABEL_LETTERS): string | null {
  // A sentence holding a date has more letters than a dateline's month names and label could: it is
  // told without reading its dates.
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters > MAX_DATELINE_LETTERS) return null;
  const day = dayInText(text);
  if (!day) return null;
  let rest = text;
  for (const { pattern } of DAY_FORMS) rest = rest.replace(pattern, ' ');
  return (rest.replace(TIME_OF_DAY, ' ').match(LETTER)?.length ?? 0) <= maxLabelLetters ? day : null;
}

/** Whether a text is only a dateline: a day written out, with at most a time and a weekday or a short label. */
export function isDateline(text: string): boolean {
  return datelineDay(text) !== null;
}

/** A dateline sits right under its headline: the text read from the headline on, this far past it. */
const DATELINE_WINDOW_CHARS = 600;

/** The day written under a headline (in the headline's text and the next DATELINE_WINDOW_CHARS of the page's visible text). */
export function dayUnderHeadline(headline: Element): string | null {
  let text = '';
  let budget = Number.POSITIVE_INFINITY;
  const headlineEnd = nextAfter(headline);
  for (let node: Node | null = headline; node && text.length < budget; ) {
    if (node === headlineEnd) budget = text.length + DATELINE_WINDOW_CHARS;
    if (node.nodeType === TEXT_NODE) text += `${node.nodeValue ?? ''} `;
    node = isElement(node) && INVISIBLE_TEXT_TAGS.has(tagName(node)) ? nextAfter(node) : (node.firstChild ?? nextAfter(node));
  }
  return dayInText(spaceRunsAsOne(text));
}

/** A dateline over its headline sits right before it, or right before the block holding it (two levels up at most). */
const DATELINE_ABOVE_LEVELS = 3;

/**
 * The day written right above a headline ("04. November 2021 | PAID CONTENT", "Bonn, 11.10.2021"): the
 * first text before it, at its level or at one of its two nearest ancestors', when that text is only a
 * dateline. A masthead's date of today is further up, past the navigation.
 */
export function dayAboveHeadline(headline: Element): string | null {
  let el: Element | null = headline;
  for (let level = 0; el && level < DATELINE_ABOVE_LEVELS; level++, el = el.parentElement) {
    for (let before = el.previousElementSibling; before; before = before.previousElementSibling) {
      if (INVISIBLE_TEXT_TAGS.has(tagName(before))) continue;
      const text = textOf(before);
      if (text) return datelineDay(text, MAX_KICKER_LABEL_LETTERS);
    }
  }
  return null;
}

/** The node after `node` and its subtree, in document order. */
function nextAfter(node: Node): Node | null {
  for (let up: Node | null = node; up; up = up.parentNode) if (up.nextSibling) return up.nextSibling;
  return null;
}

/** A value starting with a day written day first between dots ("04.11.2021"), which Date.parse reads month first (April 11). */
const DOTTED_DAY_FIRST = new RegExp(`^${DOTTED_DAY}`, 'u');

/**
 * A declared date: an ISO 8601 string kept as the page wrote it (offset included); other readable dates
 * turned into ISO, and a day written as people write it in other languages ("28. Dezember 2022",
 * "04.11.2021") into its YYYY-MM-DD.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return value;
  if (!DOTTED_DAY_FIRST.test(value)) {
    const parsed = Date.parse(value);
    if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
  }
  return dayInText(value);
}
