/**
 * Related reads from the page: links to other stories of the same site, where the editor put them
 * (inside the story, a related-stories widget, next/previous, a sidebar), ranked by placement and by
 * how much their words share with this story. Navigation, tags, authors, share, comment, legal,
 * sponsored and off-site links are never candidates.
 */
import type { RelatedCandidate, RelatedSource } from './types';
import { BOILERPLATE_TEXT, isClutterByName } from './clutter';
import { classAndId, tagName, textOf } from './dom';
import { absoluteUrl, siteHost, withoutHash } from './url';

/** Path segments of listing and account pages, never of a story. */
const NON_STORY_SEGMENTS = new Set([
  'tag', 'tags', 'category', 'categories', 'categorie', 'rubrique', 'author', 'authors', 'auteur', 'autor', 'page',
  'search', 'recherche', 'suche', 'login', 'signin', 'register', 'account', 'compte', 'user', 'users', 'profile',
  'subscribe', 'abonnement', 'newsletter', 'newsletters', 'contact', 'about', 'feed', 'rss', 'cart', 'shop', 'topic',
  'topics', 'thema', 'themen', 'legal', 'privacy', 'terms', 'cookies', 'mentions-legales', 'confidentialite',
]);
/** Links looked at beyond the story's own: related reads sit near the story, not 5,000 links down. */
const MAX_LINKS_CONSIDERED = 1500;
/** A story slug has at least this many words ("la-recette-du-gratin" has four). */
const MIN_SLUG_WORDS = 3;
/** A numeric story id in a URL has at least this many digits (years alone have four and are excluded). */
const MIN_ID_DIGITS = 5;
/** Anchor texts shorter than this are labels ("Monde", "Répondre"), not headlines. */
const MIN_TITLE_WORDS = 3;
/** Placement priors: the editor's choice of where to put a link says how related it is. */
const SOURCE_PRIOR: Record<RelatedSource, number> = { inline: 2, widget: 1.5, 'next-previous': 0.5, sidebar: 0.25 };
/** An inline link announced as "read also" is the editor's own pick: first among equals. */
const READ_ALSO_BONUS = 1;
const RELATED_NAMES = /(related|similar|similaires|more|recommend|read-?also|lire|aussi|also|same-topic|meme-sujet|mehr-zum-thema|weitere)/;
const NEXT_PREVIOUS_NAMES = /(^|[\s_-])(nav-previous|nav-next|prev|previous|next|post-navigation|precedent|suivant)([\s_-]|$)/;
const SIDEBAR_NAMES = /(^|[\s_-])(sidebar|widget|widget-area|most-read|popular|plus-lus|trending)([\s_-]|$)/;
const NEVER_NAMES = /(share|social|comment|respond|author|byline|tags?-links|breadcrumb|newsletter|sponsor|partner|outbrain|taboola|advert|promo|cookie|login|subscribe|footer|menu)/;
/** Words too common to say two stories are about the same thing. */
const STOP_WORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out has have from this that with they will would there their what about which when your into than then them these some more been were also its his she him who how new after over said says ' +
    'les des une est pas pour que qui dans par sur avec son ses aux ont mais plus sont ces cette tout tous elle ils leur leurs nous vous entre comme été être fait lors selon alors même avant après sans dont chez deux ans'
  ).split(' '),
);

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= 3 && !STOP_WORDS.has(t));
}

function slugWords(url: string): string[] {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    return (segments.at(-1) ?? '').replace(/\.[a-z]+$/, '').split(/[-_]+/).filter((w) => /\p{L}/u.test(w));
  } catch {
    return [];
  }
}

export function isStoryUrl(url: string): boolean {
  let path: string[];
  try {
    path = new URL(url).pathname.split('/').filter(Boolean).map((s) => s.toLowerCase());
  } catch {
    return false;
  }
  if (path.length === 0 || path.some((segment) => NON_STORY_SEGMENTS.has(segment))) return false;
  const last = path.at(-1)!;
  return slugWords(url).length >= MIN_SLUG_WORDS || new RegExp(`\\d{${MIN_ID_DIGITS},}`).test(last);
}

function placementOf(link: Element, story: Element[]): RelatedSource | null {
  const rel = (link.getAttribute('rel') ?? '').toLowerCase();
  if (/\b(tag|author|sponsored|ugc|nofollow)\b/.test(rel)) return null;
  if (/\b(prev|next)\b/.test(rel)) return 'next-previous';
  if (story.some((root) => root.contains(link))) return 'inline';
  let source: RelatedSource | null = null;
  for (let el: Element | null = link.parentElement; el && tagName(el) !== 'body'; el = el.parentElement) {
    const tag = tagName(el);
    const names = classAndId(el);
    if (tag === 'footer' || tag === 'form' || tag === 'header' || NEVER_NAMES.test(names)) return null;
    if (!source && NEXT_PREVIOUS_NAMES.test(names)) source = 'next-previous';
    else if (!source && RELATED_NAMES.test(names)) source = 'widget';
    else if (!source && (tag === 'aside' || SIDEBAR_NAMES.test(names))) source = 'sidebar';
    else if (!source && tag === 'nav' && el.getAttribute('class')?.includes('post-navigation')) source = 'next-previous';
    else if (!source && (tag === 'nav' || el.getAttribute('role') === 'navigation')) return null;
  }
  return source ?? 'sidebar';
}

/** The words a link offers as its title: its text, else its title attribute or image alt. */
function linkTitle(link: Element): string {
  const label = link.querySelector('.meta-nav');
  const text = textOf(link).replace(label ? textOf(label) : '\u0000', '').trim();
  return text || (link.getAttribute('title') ?? '').trim() || (link.querySelector('img')?.getAttribute('alt') ?? '').trim();
}

function announcedAsReadAlso(link: Element): boolean {
  const block = link.parentElement;
  if (!block) return false;
  const text = textOf(block).slice(0, 60);
  return BOILERPLATE_TEXT.some((pattern) => pattern.test(text)) || /read-?also|lire-?aussi/.test(classAndId(block));
}

export interface RelatedContext {
  body: Element;
  story: Element[];
  pageUrl: string;
  baseUrl: string;
  canonicalUrl: string | null;
  title: string;
  text: string;
}

export function collectRelated(context: RelatedContext): RelatedCandidate[] {
  // The site is the page's host, and the host its canonical URL names: a story read from a mirror, an
  // archive or a local copy still links to its own site. (Identity stays the tab URL; this only scopes links.)
  const hosts = new Set([siteHost(context.pageUrl), context.canonicalUrl ? siteHost(context.canonicalUrl) : '']);
  hosts.delete('');
  const self = new Set([withoutHash(context.pageUrl), context.canonicalUrl ? withoutHash(context.canonicalUrl) : '']);
  const storyWords = new Set([...tokens(context.title), ...tokens(context.text)]);
  const byUrl = new Map<string, RelatedCandidate>();

  // The story's own links first, then the page's in document order, up to a bound: a page of
  // tens of thousands of tag links must not cost seconds.
  const storyLinks = context.story.flatMap((root) => Array.from(root.querySelectorAll('a[href]')));
  const pageLinks = Array.from(context.body.querySelectorAll('a[href]')).slice(0, MAX_LINKS_CONSIDERED);
  for (const link of new Set([...storyLinks, ...pageLinks])) {
    const url = absoluteUrl(link.getAttribute('href'), context.baseUrl);
    if (!url || self.has(withoutHash(url)) || !hosts.has(siteHost(url)) || !isStoryUrl(url)) continue;
    if (isClutterByName(link) && !/read-?also|related/.test(classAndId(link))) continue;
    const title = linkTitle(link);
    if (title.split(/\s+/).length < MIN_TITLE_WORDS && title.length < 12) continue;
    const source = placementOf(link, context.story);
    if (!source) continue;

    const words = [...new Set([...tokens(title), ...slugWords(url).map((w) => w.toLowerCase())])];
    const shared = words.filter((w) => storyWords.has(w)).length;
    const similarity = words.length ? shared / words.length : 0;
    const bonus = source === 'inline' && announcedAsReadAlso(link) ? READ_ALSO_BONUS : 0;
    const score = Math.round((SOURCE_PRIOR[source] + bonus + similarity) * 1000) / 1000;
    const key = withoutHash(url);
    const known = byUrl.get(key);
    if (!known || known.score < score) byUrl.set(key, { url: key, title, source, score });
  }
  return [...byUrl.values()].sort((a, b) => b.score - a.score);
}
