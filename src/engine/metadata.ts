/**
 * Article metadata from the page's own declarations, most trustworthy first:
 * JSON-LD, then Open Graph / article: meta, then plain meta tags, then the markup.
 */
import { decodeHTMLStrict } from 'entities/decode';
import type { Article } from './types';
import { absoluteUrl, siteHost } from './url';
import { dayInPath } from './url-shape';
import { normalizeDate } from './dates';
import { cleanByline, givenNameFirst, isPublisher } from './byline';
import { bodyOf, collapseSpace, comparableText, firstDescendant, itemsOf, lettersOf, tagName, textOf } from './dom';
import { countWords, primaryLanguage } from './text';
import { ARTICLE_TYPES, WEB_PAGE_TYPES, findObjectOf, jsonImage, jsonLdObjects, jsonText, type JsonObject } from './jsonld';
import { firstMeta, microdataLookup, type Declarations } from './declarations';

/** What the page declares about its story: the article's fields that do not come from its text. */
export type Metadata = Pick<Article, 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'leadImage' | 'excerpt' | 'canonicalUrl'> & {
  title: string | null;
  /** Whether the page declares its title (JSON-LD, Open Graph, microdata), rather than the title being read from its <title> or headings. */
  titleDeclared: boolean;
  /** The author the page declares when it is the publisher ("Badische Zeitung" on its own site): the byline only when the markup names no one. */
  publisherAsAuthor: string | null;
  /** The account a blogging tool names as the post's author (Yoast's Twitter card): often an editor who posted it, so below a byline in the markup. */
  postedBy: string | null;
};

/**
 * Separators sites put between the headline and their name in `<title>` ("Site::: Headline" too; not
 * "std::vector"; a pipe spaced on one side only, "Headline| Section", and a full-width pipe unspaced;
 * Chinese sites' "Headline_Section_Site", spaced or not; not snake_case; a breadcrumb's "Site > News >
 * Headline" and an old page's "Site -- Headline").
 */
const TITLE_SEPARATORS = /\s+(?:[|｜–—\-·•:»«›>/_]|--)\s+|[|｜]\s+|\s+[|｜]|｜|:{2,}\s+|(?<=\p{Script=Han})_|_(?=\p{Script=Han})/u;
/** Primary language subtags written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);


/**
 * Where a heading on the page may end a run of the title: the separators, a full-width colon (Japanese
 * sites' "Headline：Site") and a colon before a space (a kicker, "Chronik: Lotte Tobisch ist tot", over
 * <h1>Lotte Tobisch ist tot</h1>); an underscore ("…owing to typhoon_English_Xinhua"), a
 * hyphen spaced on one side ("2008 will get off to cold start- al.com") and the bracket of a closing
 * aside ("»Einfach kein Geld mehr…« (neues deutschland)", "… Bombings (Published 2016)"). Colons,
 * hyphens, underscores and brackets are inside many headlines too, so they cut only where a heading
 * agrees.
 */
const TITLE_RUN_SEPARATORS = new RegExp(`${TITLE_SEPARATORS.source}|：|:\\s|_|(?<=\\S)-\\s+|\\s+-(?=\\S)|\\s+\\((?=[^()]*\\)\\s*$)`, 'gu');
/** The headline is most of its title: a shorter run a heading shows is the site's logo or a section ("Broadcasting & Cable"). */
const MIN_HEADLINE_RUN_SHARE = 0.5;

/**
 * The run of a title's parts (between separators) that a heading on the page reads as, when that is not
 * the whole title: "Maulwurfkuchen mit Erdbeeren - Rezept von Backen.de" under
 * <h1>Maulwurfkuchen mit Erdbeeren</h1>; "23.01.2022 - Wierer darf noch jubeln - Biathlon" under
 * <h1>Wierer darf noch jubeln</h1>. The longest such run; the title as it was when none.
 */
function headlineRun(title: string, headings: () => string[]): string {
  const separators = [...title.matchAll(TITLE_RUN_SEPARATORS)];
  if (separators.length === 0) return title;
  const starts = [0, ...separators.map((m) => m.index + m[0].length)];
  const ends = [...separators.map((m) => m.index), title.length];
  const wanted = new Set(headings().map(comparableText).filter(Boolean));
  if (wanted.size === 0) return title;
  let best: string | null = null;
  for (let first = 0; first < starts.length; first++) {
    for (let last = first; last < ends.length; last++) {
      if (first === 0 && last === ends.length - 1) continue;
      const run = title.slice(starts[first], ends[last]).trim();
      if (run.length < title.length * MIN_HEADLINE_RUN_SHARE) continue;
      if ((!best || run.length > best.length) && wanted.has(comparableText(run))) best = run;
    }
  }
  return best ?? title;
}

/** The site's names a title part may be: the one it declares, and its host's ("Pastebin.com", "Journalistenwatch" on journalistenwatch.com). */
interface SiteNames {
  declared: string | null;
  /** The host and each of its labels, letters and digits only ("pastebincom", "pastebin"). */
  host: Set<string>;
}

/** A host's name has at least this many letters: shorter labels ("de", "co", "www", "ria") also spell words. */
const MIN_HOST_NAME_CHARS = 5;
/** The names a page's title may give its site: the declared one, the host's (siteHost), the host's labels. */
function siteNamesOf(declared: string | null, pageUrl: string): SiteNames {
  const host = new Set<string>();
  const hostname = siteHost(pageUrl);
  for (const name of [hostname, ...hostname.split('.')].map(lettersOf)) if (name.length >= MIN_HOST_NAME_CHARS) host.add(name);
  return { declared: declared?.toLowerCase() ?? null, host };
}

/** Whether a title's part names the site by its host ("Pastebin.com", "Journalistenwatch e.V." on journalistenwatch.com). */
function namesHost(part: string, site: SiteNames): boolean {
  const letters = lettersOf(part);
  return [...site.host].some((name) => letters.startsWith(name) || letters.endsWith(name));
}

/** A title's first words before a colon and a space: a kicker, which may be the site's name. */
const SITE_KICKER = /^([^:]{0,39}[^:\s]):\s+\S/;

/** A title without the site's name beside it ("Headline | Site", "Site – Headline"), when the site's name is known and the headline remains. */
function withoutSiteName(title: string, site: SiteNames): string {
  // The site's name, and nothing else, as a kicker ("LAist: Actor Brad Renfro Dead at 25" on laist.com,
  // "KalingaTimes.com: Move over Orkut"): a colon after a word is no separator elsewhere ("Genetik: Das
  // Geheimnis…" keeps its kicker).
  const kicker = SITE_KICKER.exec(title)?.[1];
  if (kicker && (kicker.toLowerCase() === site.declared || site.host.has(lettersOf(kicker)))) return title.slice(title.indexOf(':') + 1).trim();
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const kept = parts.filter((p) => p.toLowerCase() !== site.declared);
  if (kept.length < parts.length && kept.length > 0) return kept.join(' – ');
  // The host's name goes when the headline alone is left ("atg 1700 - Pastebin.com", "Berkshire Eagle
  // Online - Kerry endorses Obama" on berkshireeagle.com, "„Unermüdlicher Einsatz“ - Die Neue Südtiroler
  // Tageszeitung" on tageszeitung.it); among several parts, the headline is told from sections by its
  // length (cleanTitle).
  const withoutHost = parts.filter((p) => !namesHost(p, site));
  return withoutHost.length === 1 ? withoutHost[0]! : title;
}

/** The longest part of a `<title>` is its headline from this many words (words of Chinese counted as the segmenter finds them). */
const MIN_HEADLINE_PART_WORDS = 4;

/** Removes the site name from a `<title>` such as "Headline – Site" or "Site | Headline". */
function cleanTitle(rawTitle: string, site: SiteNames): string {
  const title = collapseSpace(rawTitle);
  const named = withoutSiteName(title, site);
  if (named !== title) return named;
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  // No known site name: the longest part is the headline when the others are short labels.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return countWords(longest, null) >= MIN_HEADLINE_PART_WORDS ? longest : title;
}

/**
 * Text a page declares (a meta tag's content, a JSON-LD string) with the character references left in
 * it decoded: sites that encode it twice would show readers "Swift&#8217;s" and "&quot;No&quot;".
 * Decoded into text, never parsed as markup; only references closed by ";" are read (a bare "&not"
 * in "Q&notes" stays as written). Text from the markup was decoded by the parser already.
 */
function declaredText(value: string | null): string | null {
  if (!value) return null;
  return collapseSpace(value.includes('&') ? decodeHTMLStrict(value) : value) || null;
}

/** Code written into declared text, with its element: no one reads it as words. */
const MARKUP_CODE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** A tag written into declared text: "<" and a tag name or "/", up to the next ">" ("x < y" is no tag). */
const MARKUP_TAG = /<\/?[a-z][^<>]*>/gi;

/**
 * A declared author's text without the markup written into it (a JSON-LD author of '<a
 * data-track-gtm="Byline" href="…"> Patrick J. Kiger </a>'): a name is words. Titles keep what they
 * declare, as text (SECURITY.md: a title's markup-like text is shown as written).
 */
function declaredName(value: string | null): string | null {
  const text = declaredText(value);
  return text && text.includes('<') ? collapseSpace(text.replace(MARKUP_CODE, ' ').replace(MARKUP_TAG, ' ')) || null : text;
}

function languageOf(doc: Document, meta: Declarations, articleLd: Record<string, unknown> | null): string | null {
  const html = doc.documentElement;
  const declared =
    html?.getAttribute('lang') ??
    html?.getAttribute('xml:lang') ??
    firstMeta(meta, 'content-language', 'language', 'dc.language') ??
    jsonText(articleLd?.['inLanguage']) ??
    firstMeta(meta, 'og:locale')?.replace('_', '-') ??
    null;
  const value = declared?.trim();
  return value ? value : null;
}

/** The text's direction: as declared on <html> or <body>, else the language's. */
export function directionOf(doc: Document, lang: string | null): 'ltr' | 'rtl' {
  const declared = (doc.documentElement?.getAttribute('dir') ?? bodyOf(doc)?.getAttribute('dir') ?? '').toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') return declared;
  return RTL_LANGUAGES.has(primaryLanguage(lang)) ? 'rtl' : 'ltr';
}

/** A cleaned <title> shorter than this many words is a site name or a label, not a headline. */
export const MIN_TITLE_WORDS = 3;

/** A <title> of the form "Source: Headline": an agency's, a blog's or a section's name before the colon. */
const LABELLED_TITLE = /^([^:]{1,40}):\s+(.+)$/;
/** A label has at most this many words ("The Canadian Press"); more is a headline with a colon in it. */
const MAX_LABEL_WORDS = 3;

/**
 * The headline without its label ("AFP: France to boycott Syria" → "France to boycott Syria") when the
 * page's own heading reads so; a page whose heading keeps the label ("Exclusive: …") keeps it.
 */
function withoutLabel(title: string, headings: () => string[]): string {
  const match = LABELLED_TITLE.exec(title);
  if (!match || match[1]!.trim().split(/\s+/).length > MAX_LABEL_WORDS || match[2]!.split(/\s+/).length < MIN_TITLE_WORDS) return title;
  const headline = comparableText(match[2]!);
  return headings().some((heading) => comparableText(heading) === headline) ? match[2]! : title;
}

/** The texts of the page's headings of one level (empty ones left out), each level read once and only when asked. */
type HeadingTexts = (tag: 'h1' | 'h2') => string[];

function headingTextsOf(doc: Document): HeadingTexts {
  const read = new Map<string, string[]>();
  return (tag) => {
    let texts = read.get(tag);
    if (!texts) read.set(tag, (texts = itemsOf(doc.getElementsByTagName(tag)).map((h) => textOf(h)).filter(Boolean)));
    return texts;
  };
}

/**
 * The JSON-LD headline, or its name where the page's <h1> shows the name and not the headline:
 * Wikipedia declares its Wikidata description as the headline ("Wikimedia list article").
 */
function jsonLdTitle(ld: JsonObject | null, shown: (title: string) => boolean): string | null {
  const headline = declaredText(jsonText(ld?.['headline']));
  const name = declaredText(jsonText(ld?.['name']));
  return headline && name && !shown(headline) && shown(name) ? name : headline;
}

/** Without declarations, the cleaned <title> (as Firefox's Reader View reads it), or the page's only <h1>. */
function titleFromMarkup(cleanedTitle: string | null, textsOf: HeadingTexts): string | null {
  if (cleanedTitle && countWords(cleanedTitle, null) >= MIN_TITLE_WORDS) return withoutLabel(cleanedTitle, () => [...textsOf('h1'), ...textsOf('h2')]);
  const h1s = textsOf('h1');
  return (h1s.length === 1 ? h1s[0]! : null) ?? cleanedTitle;
}

/** Meta tags declaring the story's title beside Open Graph's: Dublin Core's (old news pages), Sailthru's and Parse.ly's. */
const OTHER_TITLE_META = ['dc.title', 'dcterms.title', 'dc:title', 'sailthru.title', 'parsely-title'];

/** Meta tags naming the story's author, in the order they are trusted. */
const AUTHOR_META = ['author', 'article:author', 'byl', 'parsely-author', 'dc.creator', 'cxenseparse:author'];

/** ...of which these write a name surname first ("Brazil, Rachel"), as catalogues do. */
const SURNAME_FIRST_META = new Set(['dc.creator', 'parsely-author']);

/**
 * Yoast SEO (on many WordPress sites) writes the author as a labelled Twitter card field
 * (`twitter:label1` "Written by" / "Verfasst von", `twitter:data1` the name); it writes at most two fields.
 */
const TWITTER_FIELDS = 2;
const TWITTER_AUTHOR_LABEL = /^(written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|geschreven door)$/i;

/** The name a Twitter card's labelled field gives as the author, if one does. */
function twitterCardAuthor(meta: Declarations): string | null {
  for (let field = 1; field <= TWITTER_FIELDS; field++) {
    if (TWITTER_AUTHOR_LABEL.test(collapseSpace(firstMeta(meta, `twitter:label${field}`) ?? ''))) return firstMeta(meta, `twitter:data${field}`);
  }
  return null;
}

/** `microdataItems`: the page's elements carrying an itemprop, in document order (found in the declarations' walk). */
export function readMetadata(doc: Document, meta: Declarations, pageUrl: string, baseUrl: string, microdataItems: Element[]): Metadata {
  const ldObjects = jsonLdObjects(meta);
  const ld = findObjectOf(ldObjects, ARTICLE_TYPES);
  const metaContent = (...keys: string[]) => firstMeta(meta, ...keys);
  const publisher = ld?.['publisher'];
  const siteName = declaredText(metaContent('og:site_name') ?? jsonText(publisher) ?? metaContent('application-name'));

  const docTitle = collapseSpace(meta.title ?? '');
  const microdataProperty = microdataLookup(microdataItems);
  const microdata = (prop: string): string | null => {
    const el = microdataProperty(prop);
    if (!el) return null;
    // An <abbr> holds the value in its title, its text the short form a reader sees (Blogger's
    // <abbr itemprop="datePublished" title="2018-06-05T08:00:00-07:00">08:00</abbr>).
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? (tagName(el) === 'abbr' ? el.getAttribute('title') : null) ?? el.getAttribute('src') ?? el.getAttribute('href') ?? textOf(el);
    return collapseSpace(value) || null;
  };
  const microdataAuthor = (): string | null => {
    const el = microdataProperty('author');
    if (!el) return null;
    return textOf(firstDescendant(el, (child) => child.getAttribute('itemprop') === 'name') ?? el) || el.getAttribute('content');
  };
  // A declared title may carry the site's name too ("Headline | Site"): only a name the page declares is removed.
  const headingTexts = headingTextsOf(doc);
  const declaredTitle = jsonLdTitle(ld, (title) => headingTexts('h1').some((h1) => comparableText(h1) === comparableText(title))) ??
    declaredText(metaContent('og:title', 'twitter:title', ...OTHER_TITLE_META)) ?? microdata('headline');
  const siteNames = siteNamesOf(siteName, pageUrl);
  const titled = declaredTitle ? withoutSiteName(declaredTitle, siteNames) : titleFromMarkup(docTitle ? cleanTitle(docTitle, siteNames) : null, headingTexts);
  // What remains beside the headline (a site's name it does not declare, a section, a date) goes when the page's <h1> shows the headline alone.
  const title = titled ? headlineRun(titled, () => headingTexts('h1')) : titled;

  // The author the page declares: the first declaration naming someone other than the publisher (Pitchfork
  // declares "Condé Nast" as its meta author and the writer as its article:author). The markup is searched
  // for one (after the story is found, around it) only when the page declares none, or only its own name.
  const copyright = declaredText(metaContent('copyright') ?? jsonText(ld?.['copyrightHolder']));
  const publisherNames = [siteName, declaredText(jsonText(publisher))];
  const declaredAuthors = [
    () => jsonText(ld?.['author']),
    ...AUTHOR_META.map((key) => () => {
      const value = metaContent(key);
      return value && SURNAME_FIRST_META.has(key) ? givenNameFirst(value) : value;
    }),
    microdataAuthor,
  ];
  let declaredAuthor: string | null = null;
  let publisherAsAuthor: string | null = null;
  for (const read of declaredAuthors) {
    const author = cleanByline(declaredName(read()));
    if (!author) continue;
    if (!isPublisher(author, publisherNames, baseUrl, copyright)) {
      declaredAuthor = author;
      break;
    }
    publisherAsAuthor ??= author;
  }

  const lang = languageOf(doc, meta, ld);
  const leadImage = absoluteUrl(
    metaContent('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? jsonImage(ld?.['image']) ?? microdata('image'),
    baseUrl,
  );
  const excerpt = declaredText(metaContent('description', 'og:description', 'twitter:description') ?? jsonText(ld?.['description']));
  const canonicalUrl = absoluteUrl(
    meta.canonical ?? metaContent('og:url'),
    baseUrl,
  );
  // Undeclared, the date is the day the story's URL is filed under (/2016/12/09/), when it is.
  const publishedTime =
    normalizeDate(
      jsonText(ld?.['datePublished']) ??
        metaContent('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'sailthru.date', 'parsely-pub-date') ??
        microdata('datePublished') ??
        jsonText(findObjectOf(ldObjects, WEB_PAGE_TYPES)?.['datePublished']) ??
        meta.timeDatetime,
    ) ??
    dayInPath(canonicalUrl) ??
    dayInPath(pageUrl);

  return {
    title: title ? collapseSpace(title) : null,
    titleDeclared: declaredTitle !== null,
    byline: declaredAuthor,
    publisherAsAuthor,
    postedBy: cleanByline(declaredText(twitterCardAuthor(meta))),
    siteName,
    publishedTime,
    lang,
    leadImage,
    excerpt,
    canonicalUrl,
  };
}
