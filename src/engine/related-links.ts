/**
 * The page's links that may be related reads: links to other stories, found where editors put them
 * (inside the story, a related-stories widget, next/previous, a sidebar of stories). Navigation, tags,
 * authors, share, comments, legal, newsletter, login, games, sponsored and advertising links are
 * never kept. Read only: the live page is never changed.
 */
import type { RelatedSource } from './types';
import { isBoilerplateText } from './clutter';
import { classAndId, descendants, firstDescendant, hasClass, isLink, tagName, textOf, withTag } from './dom';
import { httpUrl, withoutHash } from './url';
import { urlShape } from './url-shape';
import { slugText } from './terms';
import { effectiveLength } from './text';

/** Links looked at beyond the story's own: related reads sit near the story, not 5,000 links down. */
const MAX_LINKS_CONSIDERED = 1500;
/** A story slug has at least this many words ("la-recette-du-gratin" has four); looser than detection's, since the anchor must look like a headline too. */
const MIN_SLUG_WORDS = 3;
/** Under a dated path (/2026/05/) a slug of two words is a post; one word is a page ("index", "advertise"). */
const MIN_DATED_SLUG_WORDS = 2;
/** A numeric story id in a URL has at least this many digits (years alone have four). */
const MIN_ID_DIGITS = 5;
/** Anchor texts with fewer words and characters are labels ("Monde", "Avis de décès"), not headlines. */
const MIN_TITLE_WORDS = 4;
const MIN_TITLE_CHARS = 20;
/** Only the first characters of a block are read to see whether it announces "read also". */
const ANNOUNCEMENT_CHARS = 60;
/** A widget's heading is among its first few children. */
const HEADING_CHILDREN_READ = 3;

/** Class/id words of blocks whose links are never related reads. */
const NEVER_NAMES = new RegExp(
  [
    'share', 'sharing', 'social', 'partag', 'teilen', 'compartir', 'condivid', 'partilh', 'deel-', // share bars
    'comment', 'kommentar', 'comentario', 'commento', 'reactie', 'respond', 'reply', // comments
    'author', 'byline', 'tags?-?(list|links|cloud)', 'breadcrumb', 'newsletter', 'login', 'signin', 'subscribe', 'paywall',
    'cookie', 'consent', 'footer', 'fusszeile', 'rodape', 'piede', 'bas-de-page', '(^|\\s)pie(\\s|$)', 'menu',
    'sponsor', 'patrocin', 'gesponsert', 'partner', 'anzeige', 'werbung', 'publicidad', 'pubblicit', 'advertentie', 'advert', // paid
    'adslot', 'ad-slot', 'promo', 'affiliat', 'afiliad', 'affiliation', 'deals', 'bons-plans',
    'outbrain', 'taboola', 'plista', 'ligatus', 'revcontent', 'mgid', 'zergnet', 'dianomi', // paid-link networks
    'game', 'jeux', 'jeu-', 'quiz', 'concours', 'gewinnspiel', 'wetten', 'betting', 'apuestas', 'scommesse', 'apostas', // games, contests, betting
  ].join('|'),
);
const RELATED_NAMES = /(related|similar|similaires|more-?(on|about|from|stories|news|articles)|recommend|read-?also|read-?more|read-?next|lire-?aussi|a-?lire|same-topic|meme-sujet|mehr-zum-thema|weitere|relacionad|correlat|approfondiment|gerelateerd|ook-interessant)/;
const NEXT_PREVIOUS_NAMES = /(^|[\s_-])(nav-previous|nav-next|prev|previous|next|post-navigation|pagination-post|precedent|suivant|anterior|siguiente|precedente|successivo|proximo|vorige|volgende)([\s_-]|$)/;
const SIDEBAR_NAMES = /(^|[\s_-])(sidebar|aside|widget|widget-area|most-read|most-popular|popular|plus-lus|les-plus-lus|trending|meistgelesen|mas-leidas|piu-letti|mais-lidas|meest-gelezen|top-stories)([\s_-]|$)/;

/** Headings of related-stories blocks, in the languages Lectern knows. */
const RELATED_HEADINGS = /^\s*(related|more (on|about|from|stories|news)|read (also|more|next)|also read|you (may|might) (also )?(like|enjoy)|see also|recommended|(à |a )?lire (aussi|également|egalement)|sur le même (sujet|thème)|dans la même rubrique|à voir aussi|nos articles|lesen sie auch|mehr zum thema|das könnte sie (auch )?interessieren|weitere artikel|auch interessant|leer también|lea también|te puede interesar|más (sobre|noticias)|noticias relacionadas|leggi anche|potrebbe interessarti|articoli correlati|ti potrebbe interessare|approfondiment|leia (também|mais)|veja também|notícias relacionadas|lees (ook|meer)|meer over|gerelateerd|ook interessant)/i;
/** Headings and labels of paid blocks: sponsored, partner content, advertising. */
const SPONSORED_TEXT = /\b(sponsored|sponsoris|promoted|partner(s)? content|paid (post|content)|advertisement|advertorial|contenus? (sponsoris|partenaire)|publicité|anzeige|werbung|gesponsert|patrocinad|publicidad|contenuti sponsorizzati|sponsorizzat|pubblicità|conteúdo (patrocinado|de marca)|publicidade|gesponsord|advertentie|by (outbrain|taboola))/i;
/** Labels a next/previous link puts before the headline. */
const NEXT_PREVIOUS_LABEL = /^\s*(previous|next|prev|article (précédent|suivant)|précédent|suivant|vorheriger? artikel|nächster artikel|artículo (anterior|siguiente)|anterior|siguiente|articolo (precedente|successivo)|precedente|successivo|próximo|vorige|volgende)\s*(article|post|story|artikel)?\s*[:»«›‹→←]*\s*/i;

export interface LinkCandidate {
  url: string;
  /** Headline the link offers: its text, else its title attribute or image alt. */
  title: string;
  /** The link's title attribute, when it adds words to the headline. */
  titleAttribute: string;
  source: RelatedSource;
  /** An inline link announced as "read also" (the editor's own pick). */
  announced: boolean;
}

export interface LinkScope {
  /** The page's links, in document order. */
  links: Element[];
  story: Element[];
  pageUrl: string;
  baseUrl: string;
  canonicalUrl: string | null;
}

/** The site a host belongs to: its last two labels, three under a two-letter public suffix ("bbc.co.uk"). */
function siteOf(host: string): string {
  const labels = host.replace(/^www\./, '').split('.');
  const take = labels.length > 2 && /^(co|com|org|net|gov|ac|edu|ne|or)$/.test(labels.at(-2)!) && labels.at(-1)!.length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

function isHeading(el: Element): boolean {
  return /^h[2-6]$/.test(tagName(el)) || /(^|[\s_-])(title|heading|header|label)([\s_-]|$)/.test(classAndId(el));
}

/** The heading text that labels a block: a heading among its first children, or just before it. */
function headingOf(el: Element): string {
  let child = el.firstElementChild;
  for (let i = 0; child && i < HEADING_CHILDREN_READ; i++, child = child.nextElementSibling) {
    if (isHeading(child)) return textOf(child).slice(0, ANNOUNCEMENT_CHARS);
  }
  const previous = el.previousElementSibling;
  return previous && /^h[2-6]$/.test(tagName(previous)) ? textOf(previous).slice(0, ANNOUNCEMENT_CHARS) : '';
}

type Placement = RelatedSource | 'never' | null;

/** What one block says about the links inside it: never, a kind of place, or nothing. */
function placementOfBlock(el: Element, cache: Map<Element, Placement>): Placement {
  const known = cache.get(el);
  if (known !== undefined) return known;
  const tag = tagName(el);
  const names = classAndId(el);
  // The heading is read only when the tag and the names have not already ruled the block out.
  const ruledOut = tag === 'footer' || tag === 'form' || tag === 'header' || NEVER_NAMES.test(names);
  const heading = ruledOut ? '' : headingOf(el);
  let placement: Placement = null;
  if (ruledOut || SPONSORED_TEXT.test(heading)) placement = 'never';
  else if (NEXT_PREVIOUS_NAMES.test(names) || (tag === 'nav' && /post-navigation|pager|pagination-post/.test(names))) placement = 'next-previous';
  else if (RELATED_NAMES.test(names) || RELATED_HEADINGS.test(heading)) placement = 'widget';
  else if (tag === 'aside' || el.getAttribute('role') === 'complementary' || SIDEBAR_NAMES.test(names)) placement = 'sidebar';
  else if (tag === 'nav' || el.getAttribute('role') === 'navigation') placement = 'never';
  cache.set(el, placement);
  return placement;
}

/** What the blocks from an element up to the body (or the story's root) say together. */
interface Chain {
  never: boolean;
  /** The nearest block's kind of place. */
  source: RelatedSource | null;
}
const OPEN_CHAIN: Chain = { never: false, source: null };

/** Memoized per element, filled iteratively: a link's chain is its parent's plus itself (5,000-deep pages must not recurse). */
function chainOf(start: Element, stops: Set<Element>, blocks: Map<Element, Placement>, chains: Map<Element, Chain>): Chain {
  const pending: Element[] = [];
  let above: Chain = OPEN_CHAIN;
  for (let el: Element | null = start; el; el = el.parentElement) {
    const known = chains.get(el);
    if (known) {
      above = known;
      break;
    }
    if (tagName(el) === 'body' || stops.has(el)) break;
    pending.push(el);
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    const el = pending[i]!;
    const own = placementOfBlock(el, blocks);
    // The nearest telling block decides, except that "never" anywhere above wins (a share bar inside a widget).
    above = above.never || own === 'never' ? { never: true, source: null } : { never: false, source: own ?? above.source };
    chains.set(el, above);
  }
  return above;
}

function placementOf(link: Element, inStory: boolean, chain: Chain): RelatedSource | null {
  const rel = (link.getAttribute('rel') ?? '').toLowerCase();
  if (/\b(tag|author|sponsored|ugc)\b/.test(rel)) return null;
  if (/\b(prev|next)\b/.test(rel)) return 'next-previous';
  if (chain.never) return null;
  // Inside the story, a "read also" box or a related block is still the editor's inline pick.
  if (inStory) return chain.source === 'next-previous' ? chain.source : 'inline';
  return chain.source ?? 'sidebar';
}

/** WordPress's "Next article" labels inside a link, hidden from sight. */
const isNavigationLabel = (el: Element): boolean => hasClass(el, 'meta-nav') || hasClass(el, 'screen-reader-text');

/** The words a link offers as its headline: its text without "Next article" labels, else its title attribute or image alt. */
function headlineOf(link: Element): string {
  const label = link.firstElementChild ? firstDescendant(link, isNavigationLabel) : null;
  let text = textOf(link);
  if (label) text = text.replace(textOf(label), '');
  text = text.replace(NEXT_PREVIOUS_LABEL, '').trim();
  return text || (link.getAttribute('title') ?? '').trim() || ((link.firstElementChild && firstDescendant(link, withTag('img'))?.getAttribute('alt')) ?? '').trim();
}

/** Inline links the editor announced: "A LIRE AUSSI : …", "Lesen Sie auch", a "read-also" box. */
function announcedAsReadAlso(link: Element): boolean {
  const block = link.parentElement;
  if (!block) return false;
  const text = textOf(block).slice(0, ANNOUNCEMENT_CHARS);
  return isBoilerplateText(text) || RELATED_HEADINGS.test(text) || /read-?also|lire-?aussi/.test(classAndId(block));
}

function isStoryUrl(url: URL): boolean {
  const shape = urlShape(url);
  if (!shape || shape.nonStory || shape.segments.length === 0) return false;
  return shape.slugWords >= MIN_SLUG_WORDS || shape.idDigits >= MIN_ID_DIGITS || (shape.dated && shape.slugWords >= MIN_DATED_SLUG_WORDS);
}

/** What a link's href says, read once per href: its URL, the story it names, whether it stays on the site, and (judged when first needed) whether it is a story's. */
interface LinkTarget {
  url: URL;
  key: string;
  sameSite: boolean;
  isStory: boolean | undefined;
}

/** The same story under another query string (?print=1, ?utm_source=…) or fragment: stories are named by their path. */
const storyKey = (url: URL): string => `${url.origin}${url.pathname}`;

/** From the editor's strongest pick to the weakest, for a story linked from several places. */
const PLACEMENT_STRENGTH: RelatedSource[] = ['sidebar', 'next-previous', 'widget', 'inline'];
const strength = (c: LinkCandidate) => PLACEMENT_STRENGTH.indexOf(c.source) + (c.announced ? 1 : 0);

export function collectLinkCandidates(scope: LinkScope): LinkCandidate[] {
  const base = httpUrl(scope.baseUrl) ?? httpUrl(scope.pageUrl);
  if (!base) return [];
  // The site is the page's, and the one its canonical URL names: a story read from a mirror, an archive
  // or a local copy still links to its own site. (Identity stays the tab URL; this only scopes links.)
  const baseHref = base.href;
  const claimed = [scope.pageUrl, scope.canonicalUrl].map((u) => httpUrl(u, base)).filter((u): u is URL => u !== null);
  const sites = new Set(claimed.map((claim) => siteOf(claim.hostname)));
  /** Whether a host is the site's, worked out once per host: a page's links name a few hosts many times. */
  const hostsOnSite = new Map<string, boolean>();
  const isOnSite = (host: string): boolean => {
    let onSite = hostsOnSite.get(host);
    if (onSite === undefined) hostsOnSite.set(host, (onSite = sites.has(siteOf(host))));
    return onSite;
  };
  const self = new Set(claimed.map(storyKey));
  const blocks = new Map<Element, Placement>();
  const chains = new Map<Element, Chain>();
  const storyRoots = new Set(scope.story);
  /** Many links share a URL (a story linked from a picture and a headline): it is parsed and judged once. */
  const targets = new Map<string, LinkTarget | null>();
  const found = new Map<string, LinkCandidate>();

  // The story's own links first, then the page's in document order, up to a bound: a page of
  // tens of thousands of tag links must not cost seconds.
  const storyLinks = new Set(scope.story.flatMap((root) => descendants(root, isLink)));
  const pageLinks = scope.links.slice(0, MAX_LINKS_CONSIDERED);
  for (const link of new Set([...storyLinks, ...pageLinks])) {
    const href = link.getAttribute('href');
    if (!href) continue;
    let target = targets.get(href);
    if (target === undefined) {
      // Parsed once, as the browser would resolve the link: every later check reads the parsed URL
      // (against the base's text: a URL object as the base is serialized again on every call).
      const url = httpUrl(href, baseHref);
      target = url && { url, key: storyKey(url), sameSite: isOnSite(url.hostname), isStory: undefined };
      targets.set(href, target);
    }
    if (!target || self.has(target.key)) continue;
    const inStory = storyLinks.has(link);
    // Another site's story is kept only when the editor announced it inside the story.
    if (!target.sameSite && !inStory) continue;
    // Judged only for links that may be kept: most of a page's links to other sites are not.
    target.isStory ??= isStoryUrl(target.url);
    if (!target.isStory) continue;
    const { url, key, sameSite } = target;
    if (NEVER_NAMES.test(classAndId(link))) continue;
    const source = placementOf(link, inStory, chainOf(link, storyRoots, blocks, chains));
    if (!source) continue;
    const announced = source === 'inline' && announcedAsReadAlso(link);
    if (!sameSite && !announced) continue;
    const titleAttribute = (link.getAttribute('title') ?? '').trim();
    let title = headlineOf(link);
    if (!isHeadline(title)) {
      // Inside the story an anchor is a phrase of the sentence ("part one", "in March"): the story it
      // points to is named by the link's title attribute or its URL slug.
      if (source !== 'inline') continue;
      title = isHeadline(titleAttribute) ? titleAttribute : sentenceCase(slugText(url.href));
      if (!isHeadline(title)) continue;
    }
    if (SPONSORED_TEXT.test(title)) continue;
    const candidate: LinkCandidate = { url: withoutHash(url.href), title, titleAttribute: titleAttribute === title ? '' : titleAttribute, source, announced };
    const known = found.get(key);
    if (!known) found.set(key, candidate);
    else {
      // Linked from several places: the editor's strongest placement, and the fullest headline.
      const strongest = strength(candidate) > strength(known) ? candidate : known;
      const fullest = candidate.title.length > known.title.length ? candidate : known;
      found.set(key, { ...strongest, title: fullest.title, titleAttribute: fullest.titleAttribute });
    }
  }
  return [...found.values()];
}

function isHeadline(text: string): boolean {
  return text.split(/\s+/).length >= MIN_TITLE_WORDS || effectiveLength(text) >= MIN_TITLE_CHARS;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
