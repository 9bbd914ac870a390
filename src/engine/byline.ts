/**
 * The story's author: a name the page declares (JSON-LD, meta tags, microdata) unless that name is the
 * publisher's, else a byline block in the markup. Pure text out: the reader shows it as text.
 */
import { COMMENTS_NAME, MAX_BYLINE_CHARS } from './clutter';
import { TEXT_NODE, classAndId, collapseSpace, descendants, firstDescendant, isAnchor, isBlankText, isElement, isHidden, lettersOf, nextNonBlank, tagName, textOf, textWalker, withTag } from './dom';
import { siteHost } from './url';

/** A byline's prefix words that may also be written apart from its name, glued to it by markup alone or standing in a node of its own. */
const PREFIX_WORDS = 'by|par|von|por|door|av|af|przez';
/** Words of a label naming the author ("Auteur :", "Autor:", "Written by:"). */
const AUTHOR_LABEL_WORDS = 'written by|author|autor|autorin|auteur|autore|verfasser|verfasserin';
/** Prefixes bylines carry in markup ("By Jane Doe", "par La Rédaction", "More stories by Jane Doe", "Autor: Jane Doe"). */
const BYLINE_PREFIX = new RegExp(`^(((more )?stories by|posted by|(erstellt|geschrieben|verfasst) von|ein (artikel|beitrag) von|${PREFIX_WORDS}|vom|di|от|${AUTHOR_LABEL_WORDS})\\s*:?\\s)\\s*`, 'i');
/** What a byline block adds after the name: the outlet or section after a separator, the date of an update or of publication ("mgorska. Data publikacji Pią, 2011-06-03"). */
const BYLINE_TAIL = /[.,;]?\s+([·|•\/–—]|(last )?updated\b|posted\b|published\b|aktualisiert\b|mis à jour\b|data publikacji\b).*$/i;
/**
 * ...or a date, a time ago, a handle or a reading time written right after it ("Jane Doe Dec 13, 2016",
 * "Jake Tucker March 2nd 2017", "ZDNet Japan Staff 2019年04月28日", "Ryan Foley 2 hours ago", "Aleš
 * Vávra před 2 hodinami", "Jane Doe @jdoe", "5 min read").
 */
const BYLINE_TRAILER =
  /\s*(\d{4}年\d{1,2}月\d{1,2}日|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}\.? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\b|\b\d+ (second|minute|hour|day|week|month|year)s? ago\b|(^|\s)(vor|před|il y a|hace) \d|@\w+|\b\d+ min(ute)?s? read\b).*$/i;

/**
 * ...or the writer's initials in brackets after the name, as Swiss and German papers sign ("Elena
 * Oberholzer (obe), Oliver Maksan (oma)"). Other brackets may hold names ("Martin Untersinger (avec
 * Damien Leloup et Morgane Tual)"), a handle or a nickname ("Richard (R.J.) Eskow"): they stay.
 */
const BYLINE_INITIALS = /\s*\(\p{Ll}{2,4}\.?\)(?=\s*(,|$))/gu;

/** ...or the day it was written ("Eileen Goodwin on Tue, 17 Jan"): a small "on", not a title's ("For The Mail On Sunday"). */
const BYLINE_DAY = /\s+on (Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b.*$/;

/** Class or id words of a block naming the story's author ("byline", "article-author", "c-byline__name"). */
const AUTHOR_BLOCK = /byline|author(?!i[tz])|writtenby/;
/** ...that is not a comment's author, an author's biography or picture, or a list of more stories by them. */
const NOT_AUTHOR_BLOCK = /comment|avatar|bio|image|photo|img|more|related|follow|social|share|widget/;
/** Links to an author's page hold the name alone ("By <a href="/author/jane-doe">Jane Doe</a>"). */
const AUTHOR_PAGE = /\/(author|authors|autor|autoren|auteur|auteurs|autore|profile|profiles|people|staff|journalist|journalists|writer|writers|redakteur|reporter)s?\//i;

/** A byline block holding only its label ("Posted on", "Veröffentlicht am", "By") names no one. */
const LABEL_ONLY = new RegExp(`^((posted|published|veröffentlicht|publiziert|erstellt|updated|last|last updated|written|by|von|par|${AUTHOR_LABEL_WORDS})(\\s+(on|am|le|by|von|par))?\\s*:?)$`, 'i');
/** A date where the name should be ("Dec 1st 2016 1:01PM", "12.03.2020"). */
const DATE_FIRST = /^(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)/i;

/**
 * What a name never holds: a number standing alone (a comment count, "正有 0 人评论"; a time, "6:23
 * p.m.") or a sentence's end ("…当尸体！", a forum post's title in a block named an author).
 */
const NOT_IN_NAME = /(^|[^\p{L}\p{N}])\p{N}+([^\p{L}\p{N}]|$)|[!?！？。]/u;

/** A letter of any script: a name holds one, an account's number ("105092") does not. */
const LETTER = /\p{L}/u;

/** A name: some letters, not a label alone, not a date. */
function isName(text: string): boolean {
  return LETTER.test(text) && !LABEL_ONLY.test(text) && !DATE_FIRST.test(text);
}

/** Whether a block sits in the comments (a commenter's name is not the story's author). */
function isInComments(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (COMMENTS_NAME.test(classAndId(up))) return true;
  return false;
}

/** What a CMS writes where no author was entered ("No Author" in Japan Times's meta author). */
const PLACEHOLDER_AUTHOR = /^(no author|unknown|unknown author|admin|administrator|n\/a)$/i;

/** The site's credits written where its author goes ("Web architecture: …, Design: …. Programming: …", "Даниил Кислов - идея, дизайн, контент"): the site's makers, not the story's. */
const SITE_CREDITS = /\b(design|programming|web architecture|html|developed by)\s*:|дизайн|программирование/i;

/** An e-mail address ("a.sleegers@boersen-zeitung.de" in meta author) names no one in words; the trailer's handle rule would leave its local part. */
const EMAIL_ADDRESS = /\s*[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

/** A separator the markup left after the last name ("<a>Bill MCCARTHY</a>, " in a list of author links): a name never ends in one. */
const TRAILING_SEPARATOR = /[\s,;]+$/;

/** A byline as a name: without its prefix ("By"), what follows the name (outlet, date, handle), white space collapsed. */
export function cleanByline(raw: string | null): string | null {
  if (!raw) return null;
  const value = onceIfDoubled(collapseSpace(raw).replace(EMAIL_ADDRESS, '').replace(BYLINE_PREFIX, '')).replace(BYLINE_TAIL, '').replace(BYLINE_TRAILER, '').replace(BYLINE_DAY, '').replace(BYLINE_INITIALS, '').replace(TRAILING_SEPARATOR, '').trim();
  // A URL is not a name (some sites put the author page in meta author), nor is a CMS's placeholder or
  // an account's number (People's Daily's meta author "105092"), nor the site's credits.
  if (!value || /^https?:\/\//.test(value) || PLACEHOLDER_AUTHOR.test(value) || !LETTER.test(value) || SITE_CREDITS.test(raw)) return null;
  return value;
}

/** A name written twice has at least this many words (a mobile and a desktop copy: "Ellyn Shook Ellyn Shook Creating…"). */
const MIN_DOUBLED_WORDS = 2;

/**
 * A byline the markup holds twice, in two copies of which a page shows one ("IEVA M. AUGSTUMS and
 * JEANNINE AVERSA, AP Business Writers Ieva M. Augstums And Jeannine Aversa, Ap Business Writers"): its
 * first copy, without what follows the second (a profile's tagline).
 */
function onceIfDoubled(text: string): string {
  const words = text.split(' ');
  for (let length = Math.floor(words.length / 2); length >= MIN_DOUBLED_WORDS; length--) {
    const first = words.slice(0, length).join(' ');
    if (first.toLowerCase() === words.slice(length, 2 * length).join(' ').toLowerCase()) return first;
  }
  return text;
}

const isScript = withTag('script', 'style');
const isRelAuthor = (el: Element): boolean => tagName(el) === 'a' && (el.getAttribute('rel') ?? '').split(/\s+/).includes('author');
const isAuthorLink = (el: Element): boolean => isRelAuthor(el) || (tagName(el) === 'a' && AUTHOR_PAGE.test(el.getAttribute('href') ?? ''));

function isAuthorBlock(el: Element): boolean {
  const names = classAndId(el);
  return AUTHOR_BLOCK.test(names) && !NOT_AUTHOR_BLOCK.test(names);
}

/** A line of the story's topics, even in a block named as its byline (Plone's "documentByLine"): "abgelegt unter: Weltweit Vatikan…". */
const TOPICS_LABEL = /^(filed under|abgelegt unter|tags?|schlagw(ö|oe)rter|stichw(ö|oe)rter|themen|kategorien?|categor(y|ies)|rubri(k|que)|mots-clés|étiquettes)\s*:/i;

/** An author link's text that is not a name: "View author archive", "Get author RSS feed", "Autorenseite von". */
const NOT_A_NAME = /\b(view|archive|rss|feed|posts|articles|profile|bio|autorenseite|mehr)\b/i;

/** What may stand between co-authors' links: commas, "and" in several languages, an ampersand. */
const AUTHOR_CONNECTORS = /^(?:[\s,;&·]|\b(?:and|und|et|y|e|i|och|og|en|oraz)\b)*$/iu;

/** The name in a byline block: its author links' text (several authors joined), else the block's text. */
function nameIn(block: Element): string {
  const links = descendants(block, isAuthorLink)
    .map((link) => textOf(link))
    .filter((text) => text && isName(text) && !NOT_A_NAME.test(text));
  if (isAuthorLink(block)) links.unshift(textOf(block));
  if (links.length === 0) return bylineText(block);
  const names = [...new Set(links)];
  return joinedAsWritten(block, names) ?? names.join(', ');
}

/**
 * Author links joined by the page's own words, when the block holds nothing else after a byline's prefix
 * ("By <a>Ana Ruiz</a> and <a>Tom Weller</a>": "Ana Ruiz and Tom Weller"), else null.
 */
function joinedAsWritten(block: Element, names: string[]): string | null {
  if (names.length < 2) return null;
  const text = textOf(block).replace(BYLINE_PREFIX, '');
  let joined = '';
  let from = 0;
  for (const [index, name] of names.entries()) {
    const at = text.indexOf(name, from);
    if (at < 0) return null;
    const between = text.slice(from, at);
    if (!AUTHOR_CONNECTORS.test(between)) return null;
    // Markup may glue the words to the names ("and<a>Whitney Lloyd</a>"): they are spaced as written.
    const word = between.trim();
    if (index > 0) joined += !word ? ', ' : /^[,;]$/.test(word) ? `${word} ` : ` ${word} `;
    joined += name;
    from = at + name.length;
  }
  return AUTHOR_CONNECTORS.test(text.slice(from)) ? joined : null;
}

/**
 * The block holding an author link and its co-authors' ("<a rel=author>Julia Carrie Wong</a> and <a
 * rel=author>Sam Levin</a>"): its parent, when that holds other author links and nothing but them and
 * the words joining them. Null when the link names the only author.
 */
function coAuthorsAround(link: Element): Element | null {
  const parent = link.parentElement;
  if (!isAuthorLink(link) || !parent) return null;
  let others = 0;
  let between = '';
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node === link) continue;
    if (node.nodeType === TEXT_NODE) between += node.nodeValue ?? '';
    else if (isElement(node) && isAuthorLink(node)) others++;
    else return null;
  }
  return others > 0 && AUTHOR_CONNECTORS.test(between) ? parent : null;
}

/** A run of a byline's text ending in a small letter where the next, starting with a capital, is glued to it by markup alone. */
const GLUED_END = /\p{Ll}$/u;
const GLUED_START = /^\p{Lu}/u;
/** A prefix glued to the name ("By<span>Travis Haney</span>"): read as "By Travis Haney". */
const GLUED_PREFIX = new RegExp(`(^|\\s)(${PREFIX_WORDS})$`, 'i');

/**
 * A byline block's text with a separator where the page glued more to the name by markup alone
 * ("Joe Davidson<span>Washington Post</span>", "Gina Trapani<p>CEO</p>"), which the tail rules then cut
 * off (BYLINE_TAIL), as they do "Jane Doe | Washington Post". Only a small letter glued to a capital
 * splits: a name in pieces ("<b>C</b>écile", a Japanese name in spans) stays whole.
 */
function bylineText(block: Element): string {
  let text = '';
  const walker = textWalker(block);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isBesideTheName(node, block)) continue;
    const run = node.nodeValue ?? '';
    const glued = GLUED_END.test(text) && GLUED_START.test(run);
    text += glued ? `${GLUED_PREFIX.test(text) ? ' ' : ' · '}${run}` : run;
  }
  // Brackets whose action link went ("Edward M. Gomez (<a>Email</a>)") go with it.
  return collapseSpace(text.replace(EMPTY_BRACKETS, ' '));
}

/** Brackets with nothing left inside. */
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;

/** A link beside the author's name that is an action, not the name: "View Profile", "Email", "RSS", "Print". */
const AUTHOR_ACTION = /^(e-?mail|rss|view profile|profile|follow|feed|print|share)$/i;

/**
 * Text of a byline block that is not the byline: inside a hidden element (a tooltip, "Όλα τα άρθρα του
 * συντάκτη σε RSS") or a link that is an action on the author ("By Alasdair Wilkins" and a menu of
 * "View Profile", "Email", "Rss").
 */
function isBesideTheName(text: Node, block: Element): boolean {
  for (let up = text.parentElement; up && up !== block; up = up.parentElement) {
    if (isHidden(up) || (isAnchor(up) && AUTHOR_ACTION.test(textOf(up)))) return true;
  }
  return false;
}

/** A byline's prefix or an author's label by itself ("By", "Von:", "Autor:"). */
const PREFIX_ALONE = new RegExp(`^(${PREFIX_WORDS}|${AUTHOR_LABEL_WORDS})\\s*:?$`, 'i');

/**
 * Whether an element comes right after a byline's prefix standing alone and opening its block ("By
 * <a>Kathy Wise</a>", "<span>By </span><a>Teresa Newsome</a>", "By <span>Yomi Kazeem</span>"): a
 * byline whatever its block is named (sites whose class names are hashes). Not a sentence's "by"
 * ("<i>Title</i> by <a>Author</a>"): nothing with text comes before the prefix.
 */
function followsPrefixAlone(el: Element): boolean {
  const before = nextNonBlank(el, 'previousSibling');
  // A prefix is a text node or an element holding only text: any other sibling's text is not read
  // (every element around the story is asked, and a large sibling's text costs a walk of it).
  if (!before || (isElement(before) && before.firstElementChild) || !PREFIX_ALONE.test((before.textContent ?? '').trim())) return false;
  for (let earlier = before.previousSibling; earlier; earlier = earlier.previousSibling) if ((earlier.textContent ?? '').trim()) return false;
  return true;
}

/** Such a label opening a block, its colon written: a sentence's "author of" is no label. */
const AUTHOR_LABEL = new RegExp(`^\\s*(${AUTHOR_LABEL_WORDS})\\s*:`, 'i');
/**
 * Whether a block opens with an author's label in its first text node ("<p>Auteur : Kossivi
 * Tiassou</p>", "<em>Written by: <a>Jane Doe</a></em>"), whatever the block is named. A label set in
 * an element of its own ("<b>Autor:</b> <a>Jane Doe</a><br><b>Tags:</b>…") is a prefix standing alone:
 * the name is the element after it (followsPrefixAlone), not the block's lines.
 */
const opensWithAuthorLabel = (el: Element): boolean => firstTextMatches(el, AUTHOR_LABEL);

/** Whether a block's first child, white space aside, is a text node that `pattern` matches. */
function firstTextMatches(el: Element, pattern: RegExp): boolean {
  const first = el.firstChild;
  const opening = first && isBlankText(first) ? nextNonBlank(first, 'nextSibling') : first;
  return opening?.nodeType === TEXT_NODE && pattern.test(opening.nodeValue ?? '');
}

/** A byline's prefix opening a block's text ("By Giovanni Gaggero | 12/10/2020", "Ein Artikel von <strong>Pamela Sladky</strong>"). */
const PREFIX_OPENING = new RegExp(`^\\s*(ein (artikel|beitrag) von|${PREFIX_WORDS})(\\s|$)`, 'i');

/** Whether a block's first text node opens with a byline's prefix, whatever the block is named. */
const opensWithBylinePrefix = (el: Element): boolean => firstTextMatches(el, PREFIX_OPENING);

/**
 * A name as a byline writes it: capitalised words, with the particles and joins names have ("Jan van
 * der Berg", "Jane Doe and John Roe"). A block opening with "By" or "Von" is read as a byline only when
 * what follows is one: a sentence opens so too ("By the time…", "Von der Leyen sagte…").
 */
const NAME_WORD = `(\\p{Lu}[\\p{L}.'’-]*|van|von|de|der|den|da|di|du|del|la|le|and|und|et|y|&)`;
const NAME_SHAPE = new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(,? ${NAME_WORD}){0,7}$`, 'u');

/** A photo's credit ("<figcaption>By Jane Doe</figcaption>") names the photographer, not the author. */
const isFigurePart = withTag('figure', 'figcaption');
function isInFigure(el: Element): boolean {
  for (let up: Element | null = el; up; up = up.parentElement) if (isFigurePart(up)) return true;
  return false;
}

/**
 * An author named in the markup under `scope` (the story's surroundings: see bylineScope), cleaned: the
 * first link with rel="author", element right after a prefix standing alone, block opening with an
 * author's label, short block named like a byline or an author (not a comment's) that holds a name, or
 * block opening with a byline's prefix followed by a name (not a photo's credit).
 */
export function authorInMarkup(scope: Element): string | null {
  let name: string | null = null;
  firstDescendant(scope, (el) => {
    const marked = isRelAuthor(el) || followsPrefixAlone(el) || opensWithAuthorLabel(el) || ((el.hasAttribute('class') || el.hasAttribute('id')) && isAuthorBlock(el));
    const prefixed = !marked && opensWithBylinePrefix(el);
    if (!marked && !prefixed) return false;
    const text = textOf(el);
    // A script inside (a widget's code) would be read as its text.
    if (text.length === 0 || text.length > MAX_BYLINE_CHARS || isInComments(el) || firstDescendant(el, isScript) || TOPICS_LABEL.test(text)) return false;
    if (prefixed && isInFigure(el)) return false;
    const cleaned = cleanByline(nameIn(coAuthorsAround(el) ?? el));
    name = cleaned && isName(cleaned) && !NOT_IN_NAME.test(cleaned) && (!prefixed || NAME_SHAPE.test(cleaned)) ? cleaned : null;
    return name !== null;
  });
  return name;
}

/** A name written surname first, as catalogues sort them ("Brazil, Rachel", "Gillman, Steve R."). */
const SURNAME_FIRST = /^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)$/u;

/**
 * A name as it is read, for the declarations that write it surname first (Dublin Core's creator,
 * Parse.ly's author): "Brazil, Rachel" is Rachel Brazil. Other values are left as they are.
 */
export function givenNameFirst(name: string): string {
  const parts = SURNAME_FIRST.exec(name);
  return parts ? `${parts[2]} ${parts[1]}` : name;
}

/**
 * A declared author's letters this few may be found in a copyright notice by chance ("AP" in
 * "Apple"): only a longer name is the notice's holder.
 */
const MIN_HOLDER_LETTERS = 4;

/**
 * Whether a declared author is the publisher ("Badische Zeitung", "ORF.at", "El Colombiano" on
 * elcolombiano.com): the site's declared names, its host, and its host's first label; or the holder
 * its copyright notice names ("Condé Nast" on newyorker.com, whose notice reads "Copyright (c) Condé
 * Nast 2022").
 */
export function isPublisher(author: string, siteNames: (string | null)[], pageUrl: string, copyright: string | null = null): boolean {
  const name = lettersOf(author);
  if (!name) return false;
  // Not a URL: the declared names alone decide.
  const host = siteHost(pageUrl);
  const publisherNames = [...siteNames, host, host.split('.')[0] ?? ''].filter((n): n is string => !!n).map(lettersOf);
  if (publisherNames.includes(name)) return true;
  return !!copyright && name.length >= MIN_HOLDER_LETTERS && lettersOf(copyright).includes(name);
}

/** How far above the story a byline is looked for when no headline marks the story's header. */
const BYLINE_SCOPE_LEVELS = 4;

/**
 * Where a story's byline sits: around the smallest block holding both its headline and its first part
 * (the article with its header, and the block wrapping it), else the story's surroundings a few levels
 * up. Not the whole page: a sidebar's "our authors" box is not the byline, and a walk of every element
 * costs (5% of extract's time under jsdom, measured).
 */
export function bylineScope(story: Element, headline: Element | null): Element {
  if (headline) for (let up: Element | null = story; up; up = up.parentElement) if (up.contains(headline)) return up.parentElement ?? up;
  let scope = story;
  for (let level = 0; level < BYLINE_SCOPE_LEVELS && scope.parentElement; level++) scope = scope.parentElement;
  return scope;
}
