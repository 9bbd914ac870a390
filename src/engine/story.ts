/**
 * Finds the element(s) that hold the story: paragraphs vote for their ancestors, the best-scored
 * ancestor wins, and siblings that score nearly as well join it (a story split by an ad block).
 */
import { CHROME_ROLES, MAX_BOILERPLATE_CHARS, NEVER_CONTENT_TAGS, clutterName, isBoilerplateText, namesGalleryCaptions } from './clutter';
import { effectiveLength } from './text';
import { namesLead } from './lead';
import { type Lengths, INVISIBLE_TEXT_TAGS, STYLING_TAGS, TEXT_NODE, ancestorTagged, blankLinesIn, lineBreaksIn, classAndId, collapseSpace, comparableText, firstDescendant, dressOf, dressedAlike, isElement, isHiddenBlock, isLink, itemsOf, linkDensity, measureTree, precedes, tagName, textOf, withTag } from './dom';

/** Shorter blocks are captions, labels or buttons, not paragraphs. */
const MIN_PARAGRAPH_CHARS = 25;
/** Each full 100 characters of a paragraph adds a point, up to this many. */
const MAX_LENGTH_POINTS = 3;
/** How far up a paragraph's vote reaches, and how it decays (parent full, grandparent half, then thirds…). */
const VOTE_LEVELS = 5;
/** Names that mark a story container; worth a bonus, as in Readability. */
const POSITIVE_NAMES = /(article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|chapo|prose)/;
const NEGATIVE_NAMES = /(hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser)/;
const NAME_WEIGHT = 25;
/** A sibling joins the story when it scores at least this share of the winner (and SIBLING_MIN_SCORE). */
const SIBLING_SCORE_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
/** A plain sibling paragraph (a <p>, or a <div> holding only text) joins when long enough and not a link list. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** ...and when it is not a page's notice (isBoilerplateText, which judges short blocks only). */
const isStoryParagraphText = (text: string): boolean => text.length >= SIBLING_PARAGRAPH_CHARS && (text.length > MAX_BOILERPLATE_CHARS || !isBoilerplateText(text));
/** Below this many characters of text (effective length, fair to dense scripts) a page has no story worth a reader (a login wall, a gallery). */
export const MIN_STORY_CHARS = 250;
/**
 * Beside the page's own headline, less will do: a news brief is a sentence or two (170 characters of a
 * Greek stock notice). Away from the headline that little text is a login wall or a gallery's caption.
 */
export const MIN_BRIEF_CHARS = 120;
/**
 * The best-scored candidates checked for holding a story's worth of text: a small box named like content
 * ("txt_content_small", 78 characters) can outscore the story's own cell on an old table layout, by its
 * name alone.
 */
const TOP_CANDIDATES_CHECKED = 10;
/** Raw text read to judge that (whitespace of indented markup collapses away: read well past the bar). */
const STORY_TEXT_READ = 8 * MIN_STORY_CHARS;
/** Commas in the scripts of the corpus: Latin, CJK full-width and ideographic, Arabic. */
const COMMAS = /[,，、،]/g;
/**
 * Text cut by this many line breaks or more (blank lines not counted) into lines this short on average
 * (effective length) is a list written line by line (signatories, an address book, a schedule), not
 * prose: its commas ("Name, University") are not a paragraph's, so it votes as one short paragraph per
 * blank-line part.
 */
const MIN_LIST_LINES = 8;
const MAX_LIST_LINE_CHARS = 40;

function baseScore(el: Element): number {
  let score = 0;
  switch (tagName(el)) {
    case 'article': score += 10; break;
    case 'div': case 'main': case 'section': score += 5; break;
    case 'pre': case 'td': case 'blockquote': score += 3; break;
    case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'address': case 'form': score -= 3; break;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': score -= 5; break;
  }
  const names = classAndId(el);
  if (names.trim()) {
    if (NEGATIVE_NAMES.test(names)) score -= NAME_WEIGHT;
    if (POSITIVE_NAMES.test(names)) score += NAME_WEIGHT;
  }
  return score;
}

/**
 * A container named like clutter that holds more than this share of the page's text is a layout
 * wrapper with an unlucky name ("sidebar-grid__container", "elementor-widget-container"), not clutter.
 */
const MAX_CLUTTER_TEXT_SHARE = 0.25;

/** True for elements whose subtree is page chrome by their tag or role; their paragraphs cast no vote. */
export function isChrome(el: Element): boolean {
  const tag = tagName(el);
  if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') return false;
  if (NEVER_CONTENT_TAGS.has(tag) || tag === 'header') return true;
  const role = el.getAttribute('role');
  return !!role && CHROME_ROLES.has(role);
}

/** An element's share of the page's text (1 for elements above the body, which hold all of it). */
type TextShare = (el: Element) => number;

/** Chrome by tag or role, or by name when it does not hold much of the page's text. */
function isChromeOnPage(el: Element, shareOf: TextShare): boolean {
  // ASP.NET and similar pages wrap everything in one <form>, and some themes everything in a <header>
  // left open: those are chrome only when small, as is a hidden block (a page may hide its whole story
  // until its script runs).
  const wrapsPage = tagName(el) === 'form' || tagName(el) === 'header';
  // An <aside> holding the page's headline is the page's own column, the tag misused (rnz.de wraps its
  // whole story in one): a sidebar never holds the headline.
  if (isChrome(el) && !wrapsPage) return !(tagName(el) === 'aside' && firstDescendant(el, isStoryHeadline));
  const names = classAndId(el);
  if (namesGalleryCaptions(names)) return true;
  const name = wrapsPage || isHiddenBlock(el) ? 'strong' : clutterName(el, names);
  if (!name) return false;
  // A wrapper merely named like furniture ("container-widget") that holds the page's headline is the
  // story's layout, even where a large banner leaves it little of the page's text.
  if (name === 'weak' && firstDescendant(el, isStoryHeadline)) return false;
  return shareOf(el) <= MAX_CLUTTER_TEXT_SHARE;
}

/** The page's headline, or the landmark of its main content. */
const isStoryHeadline = (el: Element): boolean => {
  const tag = tagName(el);
  return tag === 'h1' || tag === 'main' || el.getAttribute('role') === 'main';
};

function hasChromeAncestor(el: Element, cache: Map<Element, boolean>, shareOf: TextShare): boolean {
  const chain: Element[] = [];
  let node: Element | null = el.parentElement;
  let result = false;
  while (node) {
    const known = cache.get(node);
    if (known !== undefined) {
      result = known;
      break;
    }
    chain.push(node);
    if (isChromeOnPage(node, shareOf)) {
      result = true;
      break;
    }
    node = node.parentElement;
  }
  for (const visited of chain) cache.set(visited, result);
  return result;
}

/**
 * A form's list items are its terms and conditions or its choices, not a story's bullets. Asked last,
 * when an item would vote: most items, a menu's, hold no text of their own.
 */
function isFormListItem(el: Element, tag: string): boolean {
  return tag === 'li' && !!ancestorTagged(el, 'form');
}

/** Blocks whose presence makes a div a container rather than a paragraph. */
const BLOCK_CHILD = /^(p|div|section|article|table|ul|ol|pre|blockquote|h[1-6]|figure)$/;

const mayBeParagraph = withTag('p', 'pre', 'td', 'div', 'section', 'font', 'span', 'article', 'center', 'li');
/**
 * Containers that may hold loose text between their blocks (old pages write a story as text and <br>s
 * beside an image box; <center> is an old page's div; a post written as bullets, a weekly changelog,
 * has its sentences in <li>s).
 */
const LOOSE_TEXT_CONTAINERS = new Set(['div', 'section', 'font', 'span', 'article', 'center', 'li']);
/**
 * Loose text this long (effective length) beside a container's blocks is a paragraph written without <p>;
 * shorter loose text is a label, a date or separators between the blocks.
 */
const MIN_LOOSE_TEXT_CHARS = 80;

/** Most of a wrapped paragraph's text is the wrapper's own (emphasis and links inside it aside). */
const MIN_OWN_TEXT_SHARE = 0.5;
/** A block of text that votes for the elements above it. */
interface Paragraph {
  el: Element;
  /** The text of a container's loose text (its text nodes and inline children), or null for the element's whole text. */
  looseText: string | null;
  /** A div whose text is wrapped whole in one inline element: it votes, but joins the story only as any block does. */
  wrapped?: boolean;
}

/** The text of `el` outside its block children: what Readability wraps in a <p> of its own. */
function looseTextOf(el: Element, textOfEl: VisibleText): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (isElement(child) && !BLOCK_CHILD.test(tagName(child)) && !INVISIBLE_TEXT_TAGS.has(tagName(child))) text += ` ${textOfEl(child, MAX_PARAGRAPH_CHARS_READ)} `;
  }
  return collapseSpace(text);
}

/** The page's <h1>s, <h2>s, and bold lines (an old page's headline is often a <strong> of its own), in document order. */
interface Headings {
  h1: Element[];
  h2: Element[];
  bold: Element[];
}

/**
 * An inline element holding a paragraph's text: long enough for a sentence (a short one is a caption's
 * credit or a date), and written in it, not in inline elements of its own (an author list's names, each
 * in spans, with commas between them).
 */
function isWrappedSentence(inline: Element, textOfEl: VisibleText): boolean {
  const text = textOfEl(inline, MAX_PARAGRAPH_CHARS_READ);
  if (effectiveLength(text) < MIN_LOOSE_TEXT_CHARS) return false;
  let own = 0;
  for (let child = inline.firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT_NODE) own += (child.nodeValue ?? '').length;
  return own >= text.length * MIN_OWN_TEXT_SHARE;
}

/**
 * The page's paragraphs, a reader of its elements' visible text, its headings, its links, and the text
 * and link lengths of every element (measureTree), found in one walk.
 */
function paragraphsOf(body: Element): { paragraphs: Paragraph[]; textOfEl: VisibleText; headings: Headings; links: Element[]; lengths: Map<Element, Lengths> } {
  const out: Paragraph[] = [];
  const hidden: Element[] = [];
  const links: Element[] = [];
  const candidates: Element[] = [];
  const headings: Headings = { h1: [], h2: [], bold: [] };
  const lengths = measureTree(body, undefined, (el, isStoryLink) => {
    const tag = tagName(el);
    if (isLink(el)) {
      links.push(el);
      // A story written inside one link (a teaser box's whole text linked, blank lines and all) votes as its paragraphs.
      if (isStoryLink) out.push({ el, looseText: null });
    } else if (INVISIBLE_TEXT_TAGS.has(tag)) hidden.push(el);
    else if (tag === 'h1' || tag === 'h2') headings[tag].push(el);
    else if (tag === 'strong' || tag === 'b' || tag === 'h3') headings.bold.push(el);
    if (mayBeParagraph(el)) candidates.push(el);
  });
  const textOfEl = visibleTextReader(body, hidden);
  for (const el of candidates) {
    const tag = tagName(el);
    if (tag === 'p' || tag === 'pre' || tag === 'td') {
      out.push({ el, looseText: null });
      continue;
    }
    let hasText = false;
    let hasBlock = false;
    let hasPhrasing = false;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) hasText ||= (child.nodeValue ?? '').trim().length > 0;
      else if (isElement(child)) {
        const childTag = tagName(child);
        hasBlock ||= BLOCK_CHILD.test(childTag);
        hasPhrasing ||= STYLING_TAGS.has(childTag);
      }
    }
    if (!LOOSE_TEXT_CONTAINERS.has(tag)) continue;
    // A div holding text with no block children is a paragraph written without <p>: its text directly, or
    // wrapped whole in one inline element (a serial's <div><span>…</span></div>: see isWrappedSentence;
    // several spans between <br>s are a column of comments or labels).
    if (!hasBlock) {
      const wrappedText = !hasText && hasPhrasing && el.childElementCount === 1 && isWrappedSentence(el.firstElementChild!, textOfEl);
      if ((hasText || wrappedText) && tag !== 'span' && tag !== 'article' && !isFormListItem(el, tag)) out.push({ el, looseText: null, wrapped: wrappedText });
      continue;
    }
    if (!hasText && !hasPhrasing) continue;
    // Text beside blocks (directly, or in spans one sentence each) is a paragraph of the container itself.
    const looseText = looseTextOf(el, textOfEl);
    if (effectiveLength(looseText) >= MIN_LOOSE_TEXT_CHARS && !isFormListItem(el, tag)) out.push({ el, looseText });
  }
  return { paragraphs: out, textOfEl, headings, links, lengths };
}

/** No real paragraph is longer: a "paragraph" of a 10 MB text dump is read this far, and counts as this long. */
const MAX_PARAGRAPH_CHARS_READ = 20_000;
/** A block's whole text (the winner's, a candidate's beside the headline) is read up to this: beyond it a block is a dump, and comparing lengths is still right. */
const MAX_PAGE_CHARS_READ = 500_000;

/** Whitespace-collapsed text of an element without the text of scripts and styles inside it, read up to `maxChars`. */
type VisibleText = (el: Element, maxChars?: number) => string;

/**
 * Visible text of the elements under `root`, given the elements of invisible text there (scripts,
 * styles, noscripts…): the element's textContent (built natively) when none of them is inside, else a
 * walk that skips them. In jsdom the walk costs a wrapper per node; textContent does not.
 */
function visibleTextReader(root: Element, hidden: Element[]): VisibleText {
  const holders = new Set<Element>();
  for (const el of hidden) {
    for (let up = el.parentElement; up && !holders.has(up); up = up.parentElement) {
      holders.add(up);
      if (up === root) break;
    }
  }
  // Elements above the root (<html> over a misnested body) may hold the head's scripts and styles: walked.
  return (el, maxChars = MAX_PAGE_CHARS_READ) =>
    holders.has(el) || !root.contains(el) ? visibleText(el, maxChars) : collapseSpace((el.textContent ?? '').slice(0, maxChars));
}

/** The walk: text nodes in order, skipping the elements of invisible text (INVISIBLE_TEXT_TAGS), up to `maxChars`. */
function visibleText(el: Element, maxChars = MAX_PAGE_CHARS_READ): string {
  let text = '';
  const stack: Node[] = [];
  for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length && text.length < maxChars) {
    const node = stack.pop()!;
    if (node.nodeType === 3) text += (node.nodeValue ?? '').slice(0, maxChars - text.length);
    else if (isElement(node) && !INVISIBLE_TEXT_TAGS.has(tagName(node))) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return collapseSpace(text);
}

/** Candidates scoring at least this share of the winner are alternatives to it (as in Readability). */
const ALTERNATIVE_SCORE_SHARE = 0.75;
/** When this many alternatives sit under one ancestor with the winner, the story is split and that ancestor holds it. */
const MIN_ALTERNATIVES = 2;
/** Only the best few candidates are compared. */
const ALTERNATIVES_LOOKED_AT = 5;

/**
 * A story split into several containers (each a few paragraphs, between ads) gives several candidates of
 * similar score; their common ancestor with the winner is the story.
 */
function ancestorOfAlternatives(top: Element, topScore: number, scores: Map<Element, number>, mayBePart: (el: Element) => boolean): { ancestor: Element; parts: Element[] } | null {
  const alternatives = [...scores.entries()]
    .filter(([el, score]) => el !== top && score >= topScore * ALTERNATIVE_SCORE_SHARE && !el.contains(top) && !top.contains(el) && mayBePart(el))
    .sort((a, b) => b[1] - a[1])
    .slice(0, ALTERNATIVES_LOOKED_AT)
    .map(([el]) => el);
  if (alternatives.length < MIN_ALTERNATIVES) return null;
  for (let ancestor = top.parentElement; ancestor && tagName(ancestor) !== 'body'; ancestor = ancestor.parentElement) {
    const inside = alternatives.filter((el) => ancestor.contains(el));
    if (inside.length >= MIN_ALTERNATIVES) return { ancestor, parts: [top, ...inside] };
  }
  return null;
}

/** An item's heading that tells the story is a sentence (BuzzFeed's "A few months ago, Vladimir…"), not a label. */
const MIN_ITEM_HEADING_CHARS = 40;
const isItemHeading = withTag('h2', 'h3', 'h4');

/**
 * A list story's item told in its heading (BuzzFeed's: a heading over each embedded post or picture,
 * little or no paragraph): a heading of a sentence's length that links nowhere (a teaser's title links
 * to its story).
 */
function holdsItemHeading(block: Element): boolean {
  const heading = firstDescendant(block, isItemHeading);
  if (!heading || effectiveLength(textOf(heading)) < MIN_ITEM_HEADING_CHARS || firstDescendant(heading, isLink)) return false;
  for (let up = heading.parentElement; up && up !== block; up = up.parentElement) if (isLink(up)) return false;
  return true;
}

/** How far up from the winner a block repeated as its siblings is looked for (the winner, its parent, its grandparent). */
const REPEATED_BLOCK_LEVELS = 3;

const isTablePart = withTag('thead', 'tbody', 'tfoot', 'tr');
/** What a table of data declares and a layout table (an old page's grid) does not. */
const isDataTableLabel = withTag('caption', 'thead');

/**
 * A data table's rows are one block of the story: a winner among them (the body of a table of films,
 * each row a year and a synopsis) stands for its table, so that the table is read whole (its caption
 * and header row) and the paragraphs beside it join it; rows alone, outside their table, are no HTML.
 * A layout table's rows stay candidates of their own: the story is one cell of the grid.
 */
function wholeTable(top: Element): Element {
  if (!isTablePart(top)) return top;
  const table = ancestorTagged(top, 'table');
  return table && itemsOf(table.children).some(isDataTableLabel) ? table : top;
}

/**
 * A story written as a run of same-class blocks ("item": a subheading, then its paragraphs) has its
 * paragraphs in each block: the winner is one block's text, and the story the run. The winner's
 * ancestor whose siblings of the same tag and class hold paragraphs too (a score of SIBLING_MIN_SCORE),
 * or an item's heading (a list story's), stands for the winner, so that its dressed-alike siblings
 * join it below.
 */
function repeatedBlockAround(top: Element, scores: Map<Element, number>): Element {
  // The candidates holding paragraphs and their ancestors, gathered once when first asked for.
  let holders: Set<Element> | null = null;
  const holdsParagraphs = (block: Element): boolean => {
    if (!holders) {
      holders = new Set();
      for (const [candidate, score] of scores) {
        if (score < SIBLING_MIN_SCORE) continue;
        for (let up: Element | null = candidate; up && !holders.has(up); up = up.parentElement) holders.add(up);
      }
    }
    return holders.has(block);
  };
  let el: Element | null = top;
  for (let level = 0; el && level < REPEATED_BLOCK_LEVELS; level++, el = el.parentElement) {
    const parent: Element | null = el.parentElement;
    if (!parent || tagName(parent) === 'body' || tagName(el) === 'body' || !dressOf(el)) continue;
    for (const sibling of itemsOf(parent.children)) {
      if (sibling !== el && dressedAlike(sibling, el) && (holdsParagraphs(sibling) || holdsItemHeading(sibling))) return el;
    }
  }
  return top;
}

export interface StoryPick {
  /** The story's elements, in document order. */
  roots: Element[];
  topScore: number;
  /** The page's links, in document order (found in the same walk as its paragraphs, for related reads). */
  links: Element[];
  /** The heading that reads as the page's title, when one does. */
  headline: Element | null;
  /** The page's <h1>s, in document order. */
  h1s: Element[];
  /** Whether the story sits with the page's headline (a short text there is a brief, not a scrap). */
  besideHeadline: boolean;
}

/** A headline this short ("News", "Sport": effective length, fair to dense scripts) may be the site's logo or a section name. */
const MIN_HEADLINE_CHARS = 15;
/** The headline is most of the title (the site's name aside): a heading naming one word of it ("Tsunami warning") is a section. */
const MIN_HEADLINE_TITLE_SHARE = 0.5;

/** The page's headline: the first <h1> that reads like the declared title, else the first such <h2>, else bold line (a lone <h1> is too often the site's logo). */
function headlineOf(headings: Headings, title: string | null): Element | null {
  if (!title) return null;
  const wanted = comparableText(title);
  if (!wanted) return null;
  const readsLikeTitle = (heading: Element): boolean => {
    const text = comparableText(textOf(heading));
    const shorter = Math.min(text.length, wanted.length);
    const longer = Math.max(text.length, wanted.length);
    return effectiveLength(text) >= MIN_HEADLINE_CHARS && shorter >= longer * MIN_HEADLINE_TITLE_SHARE && (wanted.includes(text) || text.includes(wanted));
  };
  return headings.h1.find(readsLikeTitle) ?? headings.h2.find(readsLikeTitle) ?? headings.bold.find(readsLikeTitle) ?? null;
}

/** A candidate this few levels below the headline's container sits with the headline (the story's own column). */
const NEAR_HEADLINE_LEVELS = 2;
/** A candidate beside the headline is preferred to a distant winner (comments, a licence notice, a footer) scoring up to this much more, */
const NEAR_HEADLINE_SCORE_SHARE = 0.5;
/**
 * ...when, if it holds the headline itself, it also holds at least this share of the winner's text: the
 * headline's own header block (headline and standfirst) is not the story; a whole article around it is.
 */
const NEAR_HEADLINE_TEXT_SHARE = 0.5;

function isNearHeadline(el: Element, headline: Element): boolean {
  let ancestor: Element | null = el;
  for (let level = 0; ancestor && level <= NEAR_HEADLINE_LEVELS; level++, ancestor = ancestor.parentElement) {
    if (ancestor.contains(headline)) return tagName(ancestor) !== 'body';
  }
  return false;
}

/**
 * Whether `el` sits in an <article> headed by another story's headline (a sponsored story the page
 * appends, infinite scroll's next one): its first <h1> (among the page's, `h1s`) of other words than the
 * page's, in an article that does not hold the page's headline (the Guardian repeats its headline,
 * hidden, in its article).
 */
function isInAnotherStory(el: Element, headline: Element, h1s: Element[]): boolean {
  const article = tagName(el) === 'article' ? el : ancestorTagged(el, 'article');
  if (!article || article.contains(headline)) return false;
  const own = h1s.find((h1) => article.contains(h1));
  return own !== undefined && comparableText(textOf(own)) !== comparableText(textOf(headline));
}

export function findStory(body: Element, title: string | null = null): StoryPick | null {
  const scores = new Map<Element, number>();
  const chromeCache = new Map<Element, boolean>();
  // Text and link lengths of every element: a clutter-named block's share of the page's text (too big
  // to be clutter?) and, below, the candidates' link density.
  const { paragraphs, textOfEl, headings, links, lengths } = paragraphsOf(body);
  const pageTextLength = Math.max(1, lengths.get(body)?.text ?? 0);
  const shareOf: TextShare = (el) => (lengths.get(el)?.text ?? pageTextLength) / pageTextLength;
  for (const { el: paragraph, looseText } of paragraphs) {
    if (hasChromeAncestor(paragraph, chromeCache, shareOf) || isChromeOnPage(paragraph, shareOf)) continue;
    const text = looseText ?? textOfEl(paragraph, MAX_PARAGRAPH_CHARS_READ);
    if (effectiveLength(text) < MIN_PARAGRAPH_CHARS) continue;
    // Text broken by blank lines (<br><br>) is several paragraphs written in one element: each counts.
    const blankLines = blankLinesIn(paragraph);
    const parts = 1 + blankLines;
    // A blank line separates lines, it is not one; a line of Chinese is as long as its effective length.
    const lines = 1 + lineBreaksIn(paragraph) - blankLines;
    const isListOfLines = lines >= MIN_LIST_LINES && effectiveLength(text) / lines < MAX_LIST_LINE_CHARS;
    const points = isListOfLines ? parts : parts + (text.match(COMMAS)?.length ?? 0) + Math.min(MAX_LENGTH_POINTS * parts, Math.floor(text.length / 100));
    // Loose text is the container's own paragraph: the container gets the full vote.
    let ancestor: Element | null = looseText === null ? paragraph.parentElement : paragraph;
    for (let level = 0; ancestor && level < VOTE_LEVELS; level++, ancestor = ancestor.parentElement) {
      if (!scores.has(ancestor)) scores.set(ancestor, baseScore(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + points / divider);
    }
  }
  for (const [el, score] of scores) {
    const measured = lengths.get(el);
    const density = measured && measured.text > 0 ? Math.min(1, measured.link / measured.text) : 0;
    scores.set(el, score * (1 - density));
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  // The best candidate holding a story's worth of text (the best of all when none of the first few does).
  const holdsStory = (el: Element): boolean => effectiveLength(textOfEl(el, STORY_TEXT_READ)) >= MIN_STORY_CHARS;
  const checked = ranked.slice(0, TOP_CANDIDATES_CHECKED);
  let [best, topScore] = checked.find(([el]) => holdsStory(el)) ?? ranked[0]!;
  // A winner far from the headline (comments under the story, a licence notice, a footer) gives way
  // to a candidate beside the headline that scores nearly as well and is not the winner's ancestor.
  const headline = headlineOf(headings, title);
  if (headline && !isNearHeadline(best, headline)) {
    const bestText = textOfEl(best).length;
    // A winner in another story's <article> (a sponsored story the page appends, infinite scroll's next
    // one) gives way to the headline's story whatever their lengths.
    const anotherStory = isInAnotherStory(best, headline, headings.h1);
    const near = checked.find(
      ([el, score]) =>
        (anotherStory || score >= topScore * NEAR_HEADLINE_SCORE_SHARE) &&
        !el.contains(best) &&
        isNearHeadline(el, headline) &&
        !namesLead(classAndId(el)) &&
        holdsStory(el) &&
        (!el.contains(headline) || textOfEl(el).length >= bestText * NEAR_HEADLINE_TEXT_SHARE),
    );
    // A wrapper of the headline's column scores with the story inside it; the story itself, scoring nearly
    // as well, is the better pick (the wrapper also holds teasers and widgets).
    const inner = near && checked.find(([el, score]) => el !== near[0] && near[0].contains(el) && score >= near[1] * ALTERNATIVE_SCORE_SHARE && holdsStory(el));
    if (near) [best, topScore] = inner ?? near;
  }
  const top = wholeTable(repeatedBlockAround(best, scores));
  // Beside the headline, the story's other parts are beside it too: distant blocks are not among them.
  // Nor is another story's article a part of it.
  const sidesWithHeadline = headline && isNearHeadline(top, headline)
    ? (el: Element) => isNearHeadline(el, headline) && !isInAnotherStory(el, headline, headings.h1)
    : () => true;
  const split = ancestorOfAlternatives(top, topScore, scores, sidesWithHeadline);

  // A split story: the ancestor's children holding a part are the story, and siblings may join them.
  const parent = split ? split.ancestor : top.parentElement;
  const partOfStory = (el: Element): boolean => (split ? split.parts.some((part) => el.contains(part)) : el === top);
  const pick = (roots: Element[]): StoryPick => ({ roots, topScore, links, headline, h1s: headings.h1, besideHeadline: !!headline && roots.some((root) => isNearHeadline(root, headline)) });
  if (!parent || tagName(top) === 'body') return pick([top]);
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SCORE_SHARE);
  // Paragraphs written as a <div> of text (no <p>) join, and open the story, as a <p> does (not a <pre> or
  // a cell: a dump, a layout).
  const plainParagraphs = new Set(
    paragraphs.filter(({ el, looseText, wrapped }) => looseText === null && !wrapped && LOOSE_TEXT_CONTAINERS.has(tagName(el))).map(({ el }) => el),
  );
  const isParagraph = (el: Element): boolean => tagName(el) === 'p' || plainParagraphs.has(el);
  const roots: Element[] = [];
  for (const sibling of itemsOf(parent.children)) {
    if (partOfStory(sibling)) {
      roots.push(sibling);
      continue;
    }
    if (!isElement(sibling) || isChrome(sibling) || isHiddenBlock(sibling)) continue;
    // Siblings dressed like the winner (the same class) are more of the story: Readability's bonus; so is
    // one telling a list story's item in its heading (see holdsItemHeading).
    const sameClass = dressedAlike(sibling, top);
    const score = (scores.get(sibling) ?? 0) + (sameClass ? topScore * SIBLING_SCORE_SHARE : 0);
    // A paragraph's text only (a sibling may be a 10 MB dump, never read whole). A page's notice written
    // as a paragraph beside the story (a disclaimer, "免责声明：本文仅代表作者个人观点…") is not a part of it:
    // joined as one of the story's elements, the cleaning, which judges what is inside them, would keep it.
    const joins =
      score >= threshold || (sameClass && holdsItemHeading(sibling)) ||
      (isParagraph(sibling) && isStoryParagraphText(textOf(sibling)) && linkDensity(sibling) < SIBLING_MAX_LINK_DENSITY);
    if (joins) roots.push(sibling);
  }
  return pick(withOpening(withTwins(roots, best, scores, threshold, sidesWithHeadline), isParagraph));
}

/** How far up from the story's first element its opening paragraphs are looked for: before it, or before its parent. */
const OPENING_LEVELS = 2;
/** The opening is a paragraph or two (CNN's "(CNN)…" lede is one of 150 characters), not a label. */
const MIN_OPENING_CHARS = 100;

/**
 * A block of nothing but paragraphs (through wrappers holding only it), visible and not named as
 * furniture, with little link text.
 */
function isParagraphBlock(el: Element): boolean {
  let block = el;
  for (;;) {
    if (isChrome(block) || isHiddenBlock(block) || clutterName(block) || INVISIBLE_TEXT_TAGS.has(tagName(block))) return false;
    if (block.childElementCount !== 1 || tagName(block.firstElementChild!) === 'p') break;
    block = block.firstElementChild!;
  }
  if (!block.firstElementChild) return false;
  for (let child: Element | null = block.firstElementChild; child; child = child.nextElementSibling) if (tagName(child) !== 'p') return false;
  return effectiveLength(textOf(block)) >= MIN_OPENING_CHARS && linkDensity(block) < SIBLING_MAX_LINK_DENSITY;
}

/**
 * A story whose opening paragraphs the page sets apart, in a row of their own before the story's
 * column (CNN's first paragraph, Investment Executive's first two) or before the box holding the rest
 * (Herald Sun's "read more"): the block of paragraphs, or the run of <p>s, just before the story's first
 * element, or before its parent when nothing comes before that element, leads it.
 */
function withOpening(roots: Element[], isParagraph: (el: Element) => boolean): Element[] {
  let el: Element | null = roots[0] ?? null;
  for (let level = 0; el && level < OPENING_LEVELS && tagName(el) !== 'body'; level++, el = el.parentElement) {
    // Empty slots (an ad's, a promo's), a "Read more" toggle and a row of tool icons between the opening
    // and the rest are passed over.
    let previous = el.previousElementSibling;
    while (previous && isPassedOver(previous)) previous = previous.previousElementSibling;
    if (!previous) continue;
    if (isParagraphBlock(previous)) return [previous, ...roots];
    // Opening paragraphs written as <p>s beside the box holding the rest (Herald Sun's "read-more").
    const opening: Element[] = [];
    for (; previous && isParagraph(previous) && isOpeningParagraph(previous); previous = previous.previousElementSibling) opening.unshift(previous);
    return [...opening, ...roots];
  }
  return roots;
}

/** A block this short (effective length) between the opening and the rest is a slot, a label, a toggle or a row of tools. */
const MAX_PASSED_OVER_CHARS = 20;
/** Its text is read this far (its scripts' left out): enough, with the markup's indenting, to tell. */
const PASSED_OVER_CHARS_READ = 400;

function isPassedOver(el: Element): boolean {
  return effectiveLength(visibleText(el, PASSED_OVER_CHARS_READ)) <= MAX_PASSED_OVER_CHARS;
}

/** A sentence's end: a paragraph's last character (a dateline or an office's name lines end otherwise). */
const SENTENCE_END = /[.!?。！？…"”’»)]$/;

/** A paragraph (a <p>, or a <div> of text: wnp.pl's "head") of the opening: sentences, not furniture, hardly linked. */
function isOpeningParagraph(el: Element): boolean {
  if (clutterName(el) || isHiddenBlock(el)) return false;
  const text = textOf(el);
  return effectiveLength(text) >= MIN_OPENING_CHARS && SENTENCE_END.test(text) && linkDensity(el) < SIBLING_MAX_LINK_DENSITY;
}

/**
 * A story whose parts the page lays out in separate sections (a figure or a pull quote between them,
 * each part nested in its own wrappers) has parts dressed exactly as the winner, in wrappers dressed as
 * its wrapper: the same tags and classes, holding paragraphs (scoring as a joining sibling must, or,
 * before the winner, as little as SIBLING_MIN_SCORE). They join the story wherever they sit (beside the
 * headline, when the story is), in document order.
 */
function withTwins(roots: Element[], winner: Element, scores: Map<Element, number>, minScore: number, mayBePart: (el: Element) => boolean): Element[] {
  const dress = dressOf(winner);
  const winnerWrapper = winner.parentElement;
  if (!dress) return roots;
  const overlaps = (el: Element) => roots.some((root) => root.contains(el) || el.contains(root));
  const twins: Element[] = [];
  for (const [el, score] of scores) {
    if (score < SIBLING_MIN_SCORE || dressOf(el) !== dress || overlaps(el) || !mayBePart(el)) continue;
    // In a wrapper dressed as the winner's: a sidebar box or a teaser reusing the story's class ("content") is not.
    if (!el.parentElement || !winnerWrapper || !dressedAlike(el.parentElement, winnerWrapper)) continue;
    // The story's opening part may be a short one before an ad (a lede and two paragraphs); after the
    // story, a short block dressed as it is more likely a teaser, and must score as a joining sibling.
    if (score < minScore && !precedes(el, winner)) continue;
    if (twins.some((twin) => twin.contains(el) || el.contains(twin))) continue;
    twins.push(el);
  }
  if (twins.length === 0) return roots;
  return [...roots, ...twins].sort((a, b) => (precedes(a, b) ? -1 : 1));
}
