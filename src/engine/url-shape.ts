/**
 * What a URL's path says about the page behind it: a listing (tag, author, search, account, legal
 * pages…), or how story-like its last segment is (a slug of several words, a long numeric id, a
 * dated path). Read once here; detection and related reads each judge it with their own threshold.
 */

/** Path segments of listings: a story may be filed below one ("/themen/energie/a-long-slug"). */
const LISTING_SEGMENTS = new Set([
  'tag', 'tags', 'category', 'categories', 'categorie', 'categoria', 'rubrique', 'section', 'sections', 'topic', 'topics',
  'thema', 'themen', 'tema', 'temas', 'argomenti', 'onderwerp', 'schlagwort', 'stichwort', 'etiqueta', 'etiquetas',
  'archive', 'archives', 'page', 'feed', 'rss',
]);

/** Path segments of people's, search, account, shop, legal and game pages: never a single story, nor do they file one. */
const NEVER_STORY_SEGMENTS = new Set([
  // people
  'author', 'authors', 'auteur', 'auteurs', 'autor', 'autores', 'autore', 'autori', 'journalist', 'profile', 'user', 'users',
  // search and account
  'search', 'recherche', 'suche', 'buscar', 'busca', 'cerca', 'pesquisa', 'zoeken', 'login', 'signin', 'sign-in',
  'register', 'account', 'compte', 'konto', 'cuenta', 'inloggen', 'anmelden', 'subscribe', 'subscription', 'abonnement',
  'abonnements', 'abo', 'suscripcion', 'abbonamento', 'abbonati', 'assinatura', 'assine', 'newsletter', 'newsletters',
  'cart', 'shop', 'boutique',
  // site pages
  'contact', 'about', 'legal', 'privacy', 'terms', 'cookies', 'impressum', 'datenschutz', 'mentions-legales',
  'confidentialite', 'cgu', 'aviso-legal', 'privacidad', 'privacy-policy', 'colofon',
  // games, contests, betting, deals and advertising
  'jeux', 'games', 'game', 'quiz', 'puzzles', 'crosswords', 'mots-croises', 'concours', 'gewinnspiel', 'sorteo',
  'concorso', 'wetten', 'betting', 'apuestas', 'paris-sportifs', 'scommesse', 'apostas', 'deals', 'bons-plans',
  'angebote', 'ofertas', 'offerte', 'sponsored', 'sponsorise', 'patrocinado', 'sponsor', 'partner', 'partners',
  'partenaire', 'partenaires', 'advertorial', 'anzeige', 'publicidad', 'publicite', 'promo',
]);
/** Words that make any path segment a legal or consent page ("politica-de-cookies", "privacy-policy"), as a word of the path. */
const LEGAL_WORD = /(^|[/_-])(cookies?|privacy|privacidad|privacidade|confidentialite|datenschutz|impressum|gdpr|rgpd)(?=[/_-]|$)/;

/**
 * A page file named as a story's ("story.html", "article.asp", "storypage_c.php", "fullstory",
 * "showarticle", "artikel", "noticia"): old news systems picked the story by the query, the page's
 * name the same for all of them.
 */
const STORY_PAGE_FILE = /^((full|news|show|view)[-_]?)?(story|article)(page)?([-_][a-z])?$|^(artikel|articulo|noticia)$/;
/** A query that picks a page: a parameter with a value of this many characters or more ("?id=ee4ea2e7-…", "?item_no=193311"), not "?p=2". */
const PICKING_QUERY = /[?&][^=&]+=[^&]{3,}/;

/** /yyyy/mm/ in a path, as blogs date their posts. */
const DATED_PATH = /\/(19|20)\d\d\/[01]?\d\//;

/** A word of a slug: a run between dashes, underscores or pluses that holds a letter. */
const SLUG_WORD = /[^-_+]*\p{L}[^-_+]*/gu;

export interface UrlShape {
  /** A path segment names a listing, account, legal, game or advertising page. */
  nonStory: boolean;
  /**
   * How many segments follow the last one naming a listing ("/archive/2008/01/06/slug": 4; "/tag/slug":
   * 1; 0 when the last names it, when none does, or when an account, shop or legal page is named).
   */
  belowListing: number;
  /** Words (runs holding a letter) in the last path segment. */
  slugWords: number;
  /** Longest run of digits in the last path segment (story ids). */
  idDigits: number;
  /** Longest run of digits in the query ("detail.aspx?id=36764", WordPress's "?p=412", "?page=cfl/news/AJN4121321.htm"): a page picked by id. */
  queryIdDigits: number;
  /** The page's file is named as a story's and its query picks one (STORY_PAGE_FILE, PICKING_QUERY). */
  storyPage: boolean;
  /** The path holds /yyyy/mm/, as blogs date their posts. */
  dated: boolean;
  /** Path segments, lower case. */
  segments: string[];
}

function longestDigitRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/\d+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

export function urlShape(url: string | URL): UrlShape | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const path = parsed.pathname.toLowerCase();
  const search = parsed.search;
  // Read for every link of a page by related reads: one pass over the path for each question.
  const segments = path.split('/').filter(Boolean);
  const last = (segments.at(-1) ?? '').replace(/\.(s?html?|php|aspx?|cms|cfm|jsp)$/, '');
  // The last segment naming a listing, and whether another names a page that is never a story's (an
  // account's, a shop's, a legal page's): only a listing's name files stories below it.
  let lastListing = -1;
  let neverStory = LEGAL_WORD.test(path);
  segments.forEach((segment, index) => {
    if (LISTING_SEGMENTS.has(segment)) lastListing = index;
    else if (NEVER_STORY_SEGMENTS.has(segment)) neverStory = true;
  });
  return {
    nonStory: neverStory || lastListing >= 0,
    belowListing: !neverStory && lastListing >= 0 ? segments.length - 1 - lastListing : 0,
    slugWords: last.match(SLUG_WORD)?.length ?? 0,
    idDigits: longestDigitRun(last),
    queryIdDigits: search ? longestDigitRun(search) : 0,
    storyPage: STORY_PAGE_FILE.test(last) && PICKING_QUERY.test(search),
    // The path as its segments make it (no empty ones), ending in a slash; written out only when it holds "//".
    dated: DATED_PATH.test(path.includes('//') ? `/${segments.join('/')}/` : path.endsWith('/') ? path : `${path}/`),
    segments,
  };
}

/** A day in a path: /2016/12/09/ or /2016-12-09/ (a blog's or a newspaper's dated URL). */
const PATH_DAY = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** The day a URL's path dates its page by, as YYYY-MM-DD, or null (a month alone is not a day). */
export function dayInPath(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = path.match(PATH_DAY);
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : null;
}
