/**
 * Cleans the story's elements in place (they live in an inert copy, never in the page).
 * Order matters and is written once here:
 * 1. drop caps first, because decorative letters are often aria-hidden and step 2 would lose a split one;
 *    then the comments that follow the page's target for them (<a name="comments">), whatever they look like;
 * 2. elements that are never story: scripts, forms, frames, page chrome, hidden elements, text only
 *    screen readers get;
 * 3. furniture named by its class or id (ads, share bars, "read also" boxes, promo widgets), unless it
 *    holds most of the story; readers' comments and rails of more stories go even then, once a story's
 *    worth of text precedes them;
 * 4. bylines and datelines (the reader's header shows them), short call-to-action blocks and labels
 *    recognised by their words ("Follow us", "A LIRE AUSSI"), newsletter sign-up pitches, legal notices
 *    and disclosures, embeds' consent placeholders, publishers' appeals for support, paywalls' notices,
 *    and picture credits left without their picture;
 * 5. short link lists (a link with nothing around it is a promo, not a paragraph);
 * 6. menus and teaser lists of any length (three links or more, mostly link text; a definition list of
 *    linked headlines over blurbs);
 * 7. labels and calls standing between blocks ("ADVERTISEMENT", a loose "zurück zur Listenansicht"
 *    link), repeats of the title, and blocks left empty;
 * 8. subheadings and lead-in lines ("…:") left closing the story with nothing under them (what they
 *    headed went in 3 to 7).
 */
import { AFTER_STORY_NAME, BYLINE_NAMES, CHROME_ROLES, COMMENTS_NAME, CREDIT_LINE, MAX_BOILERPLATE_CHARS, MAX_BYLINE_CHARS, MAX_CONSENT_NOTICE_CHARS, NEVER_CONTENT_TAGS, isBoilerplateText, isBylineText, isClutterByName, isEmbedConsentNotice, isGallery, isPaywallNotice, isSupportAppeal } from './clutter';
import { fixDropCaps } from './dropcaps';
import { TEXT_NODE, classOf, ancestorTagged, blankLinesIn, edgeText, hasText, isAnchor, nextNonBlank, classAndId, isHiddenBlock, lineBreaksIn, comparableText, descendants, firstDescendant, isElement, isStoryInLink, itemsOf, measureTree, removeNode, tagName, textOf, withTag, type Lengths } from './dom';
import { MIN_STORY_CHARS } from './story';
import { isDateline } from './dates';

/** Blocks that may be removed as a whole by steps 3 to 6. */
const isBlock = withTag('div', 'section', 'p', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'figure', 'blockquote', 'span', 'header', 'aside', 'dl', 'h2', 'h3', 'h4', 'h5', 'h6', 'font', 'b', 'strong', 'small', 'address');
/** The inline elements among them: old pages set a heading or a label as a line of bold or of spans. */
const INLINE_BLOCKS = new Set(['span', 'font', 'b', 'strong', 'small']);
/**
 * Whether an inline element sits in a paragraph (<p>) that holds more text than `text` (comparable
 * text), on a line with that text: a bold line of its own between a <br> and a table (an old page's
 * headline, in a <p> a quirks-mode parser leaves open around the table) is no word of it.
 */
function isWordOfParagraph(el: Element, text: string): boolean {
  return wordLineInParagraph(el, text) !== null;
}

/** The line (the outermost inline element) by which `el` is a word of a paragraph (isWordOfParagraph), else null. */
function wordLineInParagraph(el: Element, text: string): Element | null {
  if (!INLINE_BLOCKS.has(tagName(el))) return null;
  const line = outermostInline(el);
  const block = line.parentElement;
  if (!block || tagName(block) !== 'p' || comparableText(textOf(block)) === text) return null;
  return endsLine(nextNonBlank(line, 'previousSibling')) && endsLine(nextNonBlank(line, 'nextSibling')) ? null : line;
}

/** The outermost of the inline blocks `el` is in (itself when its parent is none). */
function outermostInline(el: Element): Element {
  let line = el;
  while (line.parentElement && INLINE_BLOCKS.has(tagName(line.parentElement))) line = line.parentElement;
  return line;
}

/** A line of byline wording; a byline's words opening a paragraph ("<strong>By Aaron Humes</strong>: The Americas…") stay with it. */
function isBylineLine(el: Element, text: string): boolean {
  return isBylineText(text) && !isWordOfParagraph(el, comparableText(text));
}

/** A dateline's name: the place opening a story's first sentence ("<span class="dateline">KOBE – </span>A total of…"). */
const DATELINE_NAME = /(^|[\s_-])dateline([\s_-]|$)/;

/** A block named as a byline or dateline; a dateline opening a paragraph's sentence stays with it. */
function isBylineBlock(el: Element, text: string): boolean {
  const names = classAndId(el);
  return BYLINE_NAMES.test(names) && !(DATELINE_NAME.test(names) && isWordOfParagraph(el, comparableText(text)));
}

/** A dateline is short: a day and a time or two ("December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST" is 62 characters). */
const MAX_DATELINE_CHARS = 80;
const DIGIT = /\d/;

/** Blocks that may be a line of their own: a dateline's (a list item, a cell or a figure is the story's). */
const LINE_BLOCKS = new Set(['div', 'p', 'header', ...INLINE_BLOCKS]);
/** Where a date is the story's data (a changelog, a log in code), never its dateline; a table's too, in a cell beside others (see isDataCell). */
const DATA_CONTAINERS = new Set(['pre', 'code', 'li', 'dd', 'dt']);

/** Blocks that make a table's cell a column of an old page's layout rather than a datum. */
const LAYOUT_CELL_BLOCKS = new Set(['p', 'div', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol']);

const isRowOrCell = withTag('tr', 'td', 'th');

/** The table `el` is a row or a cell of, when it is a table of data: one with headings (a layout table has none). */
function dataTableOf(el: Element): Element | null {
  if (!isRowOrCell(el)) return null;
  const table = ancestorTagged(el, 'table');
  return table?.getElementsByTagName('th').length ? table : null;
}

/**
 * A table's data (a table of events): a cell of a table with headings, or a cell beside others holding
 * no blocks. Old pages lay themselves out in tables: the story's column beside a sidebar holds blocks,
 * and a cell alone in its row is a line (the dateline's: "<tr><td><p>16:10, Jan 8 2008</td></tr>").
 */
function isDataCell(el: Element): boolean {
  const tag = tagName(el);
  if (tag !== 'td' && tag !== 'th') return false;
  if (dataTableOf(el)) return true;
  if (!el.previousElementSibling && !el.nextElementSibling) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (LAYOUT_CELL_BLOCKS.has(tagName(child))) return false;
  return true;
}

/**
 * A line that is only the story's date (and time), left in the text under the headline: the reader's
 * header shows the date. Not a date opening a paragraph's sentence, nor one in a table's data, a list or code.
 */
function isDatelineBlock(el: Element, text: string, root: Element): boolean {
  if (!LINE_BLOCKS.has(tagName(el)) || text.length > MAX_DATELINE_CHARS || !DIGIT.test(text)) return false;
  if (!isDateline(text) || isWordOfParagraph(el, comparableText(text))) return false;
  for (let up = el.parentElement; up && up !== root.parentElement; up = up.parentElement) if (DATA_CONTAINERS.has(tagName(up)) || isDataCell(up)) return false;
  return true;
}

/** A short block (under MAX_BOILERPLATE_CHARS) that is mostly link text is a teaser or a button. */
const MAX_TEASER_LINK_DENSITY = 0.5;
/** A list item of prose is a sentence: this long, punctuated, mostly not linked. */
const MIN_PROSE_ITEM_CHARS = 40;
const SENTENCE_PUNCTUATION = /[.,;:!?…。，、]/;
const isListTag = withTag('ul', 'ol');

/** An item of a list's own text, mostly not linked, is at least this long ("1/8 tsp sea salt"; a menu's unlinked "Home" is shorter). */
const MIN_TEXT_ITEM_CHARS = 12;
/** ...and the linked item has words of its own beside its link (a quantity: "1/2 tsp"). */
const MIN_ITEM_OWN_CHARS = 3;

/** An item opening with its own words and holding this many unlinked characters is a sentence about its links ("Neil has patches up to <a>improve…</a>, and <a>show…</a>"). */
const MIN_SENTENCE_ITEM_OWN_CHARS = 20;

/** Whether an item's first words are its own, not a link's (a teaser opens with its linked headline), and it has enough of them. */
function isSentenceItem(item: Element, lengthOf: (el: Element) => Lengths): boolean {
  const lengths = lengthOf(item);
  if (lengths.text - lengths.link < MIN_SENTENCE_ITEM_OWN_CHARS) return false;
  return !opensWithLink(item);
}

/** A list whose every item is a sentence about its links (a weekly digest's "Neil has patches up to <a>…</a>"): the story's. */
function isListOfSentences(el: Element, lengthOf: (el: Element) => Lengths): boolean {
  if (!isListTag(el) || !el.firstElementChild) return false;
  for (let item: Element | null = el.firstElementChild; item; item = item.nextElementSibling) if (tagName(item) !== 'li' || !isSentenceItem(item, lengthOf)) return false;
  return true;
}

/**
 * A linked item of a list whose other items are prose (a post's highlights: "Here's our Year in
 * Review!" beside "We've just landed Bug 1553982, which…") or mostly unlinked text (a recipe's
 * ingredients, linked to a shop: "1/2 tsp <a>vanilla extract</a>" beside "2/3 cup (160 g) <a>peanut
 * butter</a> (see notes)"): the story's list, not a menu, whose items are all links (an ad's
 * "Advertisement Story continues below" among them is no sentence).
 */
function isItemOfProseList(el: Element, lengthOf: (el: Element) => Lengths): boolean {
  const list = el.parentElement;
  if (tagName(el) !== 'li' || !list || !isListTag(list)) return false;
  if (isSentenceItem(el, lengthOf)) return true;
  // Linked words inside a line of its own ("1/2 tsp" before the link), not a link alone (a page number, "Print").
  const itemLengths = lengthOf(el);
  const ownText = itemLengths.text - itemLengths.link >= MIN_ITEM_OWN_CHARS;
  for (let item = list.firstElementChild; item; item = item.nextElementSibling) {
    if (item === el) continue;
    const lengths = lengthOf(item);
    if (ownText && lengths.text >= MIN_TEXT_ITEM_CHARS && lengths.link / lengths.text <= MAX_TEASER_LINK_DENSITY) return true;
    if (lengths.text >= MIN_PROSE_ITEM_CHARS && lengths.link / lengths.text <= MAX_TEASER_LINK_DENSITY && SENTENCE_PUNCTUATION.test(textOf(item))) return true;
  }
  return false;
}

/**
 * A linked name in bold inside a paragraph of prose ("over interim coach <b><a>Todd Orlando</a></b>
 * and…"): a word of its sentence. Not a bold link in a paragraph of links (an old page's "News:
 * <b><a>Front Page</a></b> | <b><a>National</a></b> |…"), nor one closing its paragraph (a teaser's
 * "[more]"): a sentence goes on after a name, if only with its full stop.
 */
function isLinkedWordOfProse(el: Element, text: string, lengthOf: (el: Element) => Lengths): boolean {
  const line = wordLineInParagraph(el, comparableText(text));
  if (!line || endsLine(nextNonBlank(line, 'nextSibling'))) return false;
  // The line's parent is the paragraph (wordLineInParagraph).
  const lengths = lengthOf(line.parentElement!);
  return lengths.link / Math.max(1, lengths.text) <= MAX_TEASER_LINK_DENSITY;
}

/** Blocks that can be a menu or a list of teasers. */
const isListBlock = withTag('div', 'p', 'section', 'ul', 'ol', 'dl', 'table', 'tr', 'td', 'header');
/** A paragraph is such a list only when written line by line, a link on each line ("1. <a>…</a><br>2. <a>…</a>"): a sentence dense with links keeps its prose. */
const isLinkPerLine = (el: Element, links: number): boolean => tagName(el) !== 'p' || lineBreaksIn(el) >= links - 1;
/** Three links or more, mostly link text: a menu or a teaser list (a paragraph with many links keeps its prose). */
const MIN_LINKS_IN_LIST = 3;
const MAX_LIST_LINK_DENSITY = 0.5;
/** Media that make an otherwise empty block worth keeping. */
const isMedia = withTag('img', 'picture', 'video', 'audio', 'table', 'pre', 'math', 'hr', 'br');
/** Empty, or holding only zero-width characters (a lone "&zwnj;" a template left): between letters they matter, alone nothing. */
const INVISIBLE_ONLY = /^[\s\u200b-\u200d\u2060\ufeff]*$/;
/** Blocks removed when left empty. */
const isEmptiable = withTag('p', 'div', 'section', 'span', 'li', 'ul', 'ol', 'figure', 'blockquote', 'strong', 'em', 'b', 'i');
/** An element holding more than this share of the story's text is the story, whatever its name says. */
const MAX_REMOVABLE_TEXT_SHARE = 0.5;

/** Boxes that may hold a widget's controls with their labels. */
const isBoxOfControls = withTag('table', 'tbody', 'tr', 'td', 'div', 'fieldset', 'section', 'p');
/** Controls a reader types into or picks from (hidden fields and buttons label nothing). */
function isEntryControl(el: Element): boolean {
  const tag = tagName(el);
  if (tag === 'select' || tag === 'textarea') return true;
  return tag === 'input' && /^(|text|search|email|tel|number|date)$/i.test(el.getAttribute('type') ?? '');
}

/** A form with this many fields to type into is a sign-up, a log-in or a comment form, not a story's wrapper (which holds a search field or two). */
const MIN_SIGN_UP_FIELDS = 3;

/**
 * A widget's box of controls with their labels ("Find your new job: Job title e.g. secretary Location
 * e.g. Harrow or HA1"): a short block holding a field to type into. Its <form> does not always hold
 * it: a form opened inside a table is closed at once by the parser, leaving its rows outside it.
 */
function isControlBox(el: Element, lengthOf: (el: Element) => Lengths): boolean {
  return isBoxOfControls(el) && lengthOf(el).text <= MAX_BOILERPLATE_CHARS && !!firstDescendant(el, isEntryControl);
}

/**
 * Text only screen readers get, hidden from sight by the page's style ("sr-only", "visually-hidden",
 * BBC's "off-screen", WordPress's "screen-reader-text"): a picture's "Image caption", a control's
 * "Personen-Box aufklappen", "Continue reading the main story". A reader shows what the page shows.
 * Matched on the words of the class name, whatever else it says ("screen-reader-text").
 */
const SCREEN_READER_ONLY = /(^|[\s_-])(sr|visually|visuallyhidden|screen-?reader|off-?screen|a11y|assistive)([\s_-]|$)/;
/** Such text is a label: longer, it is the page's (a whole story marked so by mistake stays). */
const MAX_SCREEN_READER_LABEL_CHARS = 200;
/**
 * A label standing on its own. Words that carry on a text run ("20<span class="sr-only"> minutes</span>",
 * beside a visible "mins" hidden from screen readers) are what the page says, spelled out.
 */
function isScreenReaderLabel(el: Element, lengthOf: (el: Element) => Lengths): boolean {
  if (!SCREEN_READER_ONLY.test(classOf(el).toLowerCase()) || lengthOf(el).text > MAX_SCREEN_READER_LABEL_CHARS) return false;
  const before = el.previousSibling;
  return !(before && before.nodeType === TEXT_NODE && (before.nodeValue ?? '').trim());
}

const isSubheading = withTag('h2', 'h3', 'h4', 'h5', 'h6');

/** A section's prose: a paragraph this long (a teaser's blurb under its linked title is shorter). */
const MIN_SECTION_PARAGRAPH_CHARS = 200;
/** A section heading's paragraphs follow it within a few blocks (a video or a picture may come first). */
const SECTION_BLOCKS_READ = 3;

/**
 * A subheading that heads a section of the story, though linked: its links all point within the page
 * (its permalink "¶", a link back to the contents), or a paragraph of prose follows it (a list of games,
 * each heading linking to the game: "<h3><a href=…>“Rez Infinite” ($30)</a></h3>"). A heading linking
 * elsewhere over a blurb or nothing is a teaser's title.
 */
function isSectionHeading(el: Element, lengthOf: (el: Element) => Lengths): boolean {
  if (!isSubheading(el)) return false;
  if (itemsOf(el.getElementsByTagName('a')).every((link) => (link.getAttribute('href') ?? '#').startsWith('#'))) return true;
  let next = el.nextElementSibling;
  for (let read = 0; next && read < SECTION_BLOCKS_READ && !isSubheading(next); read++, next = next.nextElementSibling) {
    if (tagName(next) === 'p' && lengthOf(next).text >= MIN_SECTION_PARAGRAPH_CHARS) return true;
  }
  return false;
}

/** A definition list of at least this many terms can be a feed of teasers. */
const MIN_TEASER_TERMS = 3;
/** ...when nearly all its terms are links (a glossary's are words, the odd one linked)... */
const MIN_LINKED_TERM_SHARE = 0.8;
/** ...and its descriptions are blurbs, shorter on average than a section's paragraph (a glossary's explain). */
const MAX_TEASER_BLURB_CHARS = MIN_SECTION_PARAGRAPH_CHARS;

/**
 * A feed of other stories written as a definition list: each term a linked headline (a time beside it),
 * each description its blurb ("<dt>10:06 <a>МВД начало проверку…</a><dd>Снимки…"). Its blurbs make it
 * mostly unlinked text, and long enough to outweigh a short story, so it goes by its shape.
 */
function isTeaserDefinitionList(el: Element, lengthOf: (el: Element) => Lengths): boolean {
  if (tagName(el) !== 'dl') return false;
  let terms = 0;
  let linkedTerms = 0;
  let descriptions = 0;
  let blurbChars = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const tag = tagName(child);
    const lengths = lengthOf(child);
    if (tag === 'dt') {
      terms++;
      if (lengths.links > 0 && lengths.link * 2 >= lengths.text) linkedTerms++;
    } else if (tag === 'dd') {
      descriptions++;
      blurbChars += lengths.text;
    }
  }
  return terms >= MIN_TEASER_TERMS && linkedTerms >= terms * MIN_LINKED_TERM_SHARE && descriptions > 0 && blurbChars / descriptions < MAX_TEASER_BLURB_CHARS;
}

/** A run of teaser cards has at least this many, dressed alike. */
const MIN_TEASER_CARDS = 3;

/** The first text under `el` is a link's: a card opens with its linked headline. */
function opensWithLink(el: Element): boolean {
  for (let up = edgeText(el, 'first')?.parentElement ?? null; up && up !== el.parentElement; up = up.parentElement) if (isAnchor(up)) return true;
  return false;
}

const isPicture = withTag('img');

/** A teaser card: a linked headline first, a picture, and a blurb at most (a short block). */
function isTeaserCard(el: Element, lengthOf: (el: Element) => Lengths): boolean {
  const lengths = lengthOf(el);
  return lengths.links > 0 && lengths.text <= MAX_BOILERPLATE_CHARS && opensWithLink(el) && !!firstDescendant(el, isPicture);
}

/**
 * A run of teaser cards for other stories ("Muscle-car face-off", its picture, "Chevrolet Camaro, Dodge
 * Challenger and Ford Mustang battle it out."): blocks alike, each a card. Their blurbs are
 * unlinked text, so the link rules would keep the run (taking only the headlines); it goes by its shape.
 */
function isTeaserCardRun(el: Element, lengthOf: (el: Element) => Lengths): boolean {
  const first = el.firstElementChild;
  if (!first || el.childElementCount < MIN_TEASER_CARDS) return false;
  for (let child: Element | null = first; child; child = child.nextElementSibling) {
    // Alike by tag, class and id: old pages repeat an id for each card ("blurbWrapper").
    if (!isTeaserCard(child, lengthOf) || tagName(child) !== tagName(first) || classAndId(child) !== classAndId(first)) return false;
  }
  return true;
}

/**
 * Text in `root` before `el`, from the lengths measured before cleaning: what precedes it at each level
 * up to the root (never-content elements are gone by then, as are blocks removed before it).
 */
function textBefore(el: Element, root: Element, lengthOf: (el: Element) => Lengths): number {
  let length = 0;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType === TEXT_NODE) length += (sibling.nodeValue ?? '').trim().length;
      else if (isElement(sibling)) length += lengthOf(sibling).text;
    }
  }
  return length;
}

/** Puts an element's children in its place. */
function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  removeNode(el);
}

/**
 * Comments that carry no telling names (a "Posted by: … on 9:35am" line over each, in plain divs)
 * still follow the target the page set for its "Add comment" links. Once a story's worth of text
 * precedes it, the target and everything after it in the story's block go.
 */
function cutAtCommentsAnchor(root: Element, lengthOf: (el: Element) => Lengths): void {
  // An empty link target named for the comments (<a name="comments">, "commentSection"): where they begin.
  const anchor = firstDescendant(root, (el) => tagName(el) === 'a' && !el.hasAttribute('href') && COMMENTS_NAME.test((el.getAttribute('name') ?? el.getAttribute('id') ?? '').toLowerCase()) && !textOf(el));
  if (!anchor || textBefore(anchor, root, lengthOf) < MIN_STORY_CHARS) return;
  for (let node: Element | null = anchor; node && node !== root; node = node.parentElement) {
    while (node.nextSibling) removeNode(node.nextSibling);
  }
  removeNode(anchor);
}

/** A newsletter, in the corpus's languages: in the pitch's words and in its sign-up page's URL. */
const NEWSLETTER = /newsletter|infolettre|nieuwsbrief|bolet[ií]n/i;

/**
 * A newsletter's sign-up pitch inside the story ("Der BR24 Newsletter informiert Sie… Hier geht's zur
 * Anmeldung!"): a short block (under twice MAX_BOILERPLATE_CHARS, as the loop reads) naming a newsletter
 * and linking to its sign-up page. One paragraph only: a block of several (text between blank lines)
 * may end the story's own last lines with the pitch.
 */
function isNewsletterPromo(el: Element, text: string): boolean {
  if (!NEWSLETTER.test(text) || blankLinesIn(el) > 0) return false;
  return itemsOf(el.getElementsByTagName('a')).some((link) => NEWSLETTER.test(link.getAttribute('href') ?? ''));
}

/**
 * A site's notice, longer than the short ones BOILERPLATE_TEXT knows: its copyright, owner, trade marks
 * and terms ("© 2008 owned by or licensed to Trinity Mirror Southern Ltd. icHarrow™ is a trade mark of…
 * Please read our Terms and Conditions…", "© 2022, BreakingBelizeNews.com. This article is the
 * copyrighted property of… Written permission must be obtained before reprint…"), or its advertisers'
 * disclosure over a post ("This post contains references to products from one or more of our
 * advertisers. We may receive compensation…").
 */
const COPYRIGHT_OPENING = /^(copyright\b|Â?©)/i;
const LEGAL_TERMS = /\b(terms (and|&) conditions|terms of (use|service)|privacy (policy|statement)|trade ?marks?|reprint(ing|ed)?|written permission)\b/i;
const ADVERTISERS_DISCLOSURE = /^this (post|article|page|story) (contains|may contain) (affiliate links|references to products)\b/i;
const isSiteNotice = (text: string): boolean => (COPYRIGHT_OPENING.test(text) && LEGAL_TERMS.test(text)) || ADVERTISERS_DISCLOSURE.test(text);

export interface CleanOptions {
  title: string | null;
  /** The page declares its title (Open Graph, JSON-LD…): an <h1> rewording it is the same headline (isTitleVariant). */
  titleDeclared: boolean;
}

/** Labels that stand alone as a line of text between blocks ("ADVERTISEMENT"), in the corpus's languages. */
const LABEL_TEXT = /^(advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|reklama|реклама|διαφήμιση|广告|広告|sponsored|gesponsert)$/i;

/** Elements that run inside a line of text (a link beside them shares its line). */
const PHRASING_TAGS = new Set(['a', 'span', 'font', 'b', 'strong', 'em', 'i', 'u', 'small', 'sup', 'sub', 'abbr', 'code', 'mark', 'img']);

/** Whether a node ends a line before or after a link or a bold line: nothing, a line break, or a block. */
const endsLine = (node: Node | null): boolean => !node || (isElement(node) && !PHRASING_TAGS.has(tagName(node)));

/**
 * A link standing on a line of its own between blocks, outside any paragraph ("zurück zur Listenansicht"
 * after the story's last <p>), that reads as a page's call or label: the text rules judge blocks, and a
 * link between them is none.
 */
const isLooseCallLink = (el: Element): boolean =>
  tagName(el) === 'a' &&
  endsLine(nextNonBlank(el, 'previousSibling')) &&
  endsLine(nextNonBlank(el, 'nextSibling')) &&
  isBoilerplateText(textOf(el));

/** The next node on the line: blank text and empty elements (a template's "<b></b>") hold nothing of it. */
function nextOnLine(node: Node, direction: 'previousSibling' | 'nextSibling'): Node | null {
  let sibling = nextNonBlank(node, direction);
  while (sibling && isElement(sibling) && PHRASING_TAGS.has(tagName(sibling)) && tagName(sibling) !== 'img' && !hasText(sibling)) sibling = nextNonBlank(sibling, direction);
  return sibling;
}

/** Boxes whose own loose text may be a line of its own (a paragraph's is its sentence's; a cell's, data). */
const LOOSE_LINE_BOXES = new Set(['div', 'section', 'article', 'main', 'header', 'center']);

/**
 * The story's first text, when it is a loose line that is only a date (and time): a dateline written
 * straight into the story's box ("2008-01-12 11:31:01 - <b></b><br><br><p>TAIPEI…"), which the
 * reader's header shows. The block rules judge elements; this line is none.
 */
function removeOpeningDateline(root: Element): void {
  const text = edgeText(root, 'first');
  const parent = text?.parentElement;
  if (!text || !parent || !LOOSE_LINE_BOXES.has(tagName(parent))) return;
  const value = (text.nodeValue ?? '').trim();
  const loose = endsLine(nextOnLine(text, 'previousSibling')) && endsLine(nextOnLine(text, 'nextSibling'));
  if (loose && value.length <= MAX_DATELINE_CHARS && DIGIT.test(value) && isDateline(value)) removeNode(text);
}

/** Removes text nodes that are nothing but a label, and loose links that are a page's calls: they sit between blocks, not in one. */
function removeLooseLabels(root: Element): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (let child = node.firstChild; child; ) {
      const next = child.nextSibling;
      if (child.nodeType === 3 && LABEL_TEXT.test((child.nodeValue ?? '').trim())) removeNode(child);
      else if (isElement(child) && isLooseCallLink(child)) removeNode(child);
      else if (child.nodeType === 1) stack.push(child);
      child = next;
    }
  }
}

/**
 * An <h1> sharing at least this share of its words (and of the title's) with the title is the same
 * headline reworded: Merkur declares a variant for search engines ("…sät Zweifel: Ist König Charles III.
 * nicht…") and shows "…lässt Zweifel aufkommen: Ist König Charles III. gar nicht…" (11 of 14 words).
 */
const TITLE_VARIANT_WORD_SHARE = 0.7;

/** Whether a heading's text (comparable, as the title) is the title reworded. */
function isTitleVariant(text: string, title: string): boolean {
  const words = new Set(text.split(' ').filter(Boolean));
  const titleWords = new Set(title.split(' ').filter(Boolean));
  let shared = 0;
  for (const word of words) if (titleWords.has(word)) shared++;
  return shared >= TITLE_VARIANT_WORD_SHARE * Math.max(words.size, titleWords.size);
}

export function cleanStory(roots: Element[], options: CleanOptions): void {
  const title = options.title ? comparableText(options.title) : null;
  // Lengths measured once, before removals: each decision below is about an element as the page had it.
  const measured = new Map<Element, Lengths>();
  for (const root of roots) for (const [el, lengths] of measureTree(root)) measured.set(el, lengths);
  const storyLength = roots.reduce((sum, root) => sum + (measured.get(root)?.text ?? 0), 0) || 1;
  const lengthOf = (el: Element): Lengths => measured.get(el) ?? { text: 0, link: 0, links: 0 };
  const isTooBigToRemove = (el: Element): boolean => lengthOf(el).text / storyLength > MAX_REMOVABLE_TEXT_SHARE;
  // Readers' comments and rails of more stories can outweigh the story they follow (33 comments under 6
  // paragraphs, twenty teasers under a short story), which would keep them as too big to be clutter;
  // named as such and after a story's worth of text, they go.
  const isFollowingStory = (el: Element, root: Element): boolean =>
    AFTER_STORY_NAME.test(classAndId(el)) && textBefore(el, root, lengthOf) >= MIN_STORY_CHARS;
  // A slideshow inside the story goes whatever its size (its captions can outweigh the story), as long
  // as a story's worth of text is left without it.
  const isGalleryInStory = (el: Element): boolean => isGallery(el) && storyLength - lengthOf(el).text >= MIN_STORY_CHARS;
  // So does a run of teaser cards (before the link rules take their headlines and leave their blurbs);
  // a story told as such cards (a list of places, each linked) is left.
  const isTeaserRunInStory = (el: Element): boolean => isTeaserCardRun(el, lengthOf) && storyLength - lengthOf(el).text >= MIN_STORY_CHARS;

  const isSignUpFormInStory = (form: Element): boolean =>
    descendants(form, isEntryControl).length >= MIN_SIGN_UP_FIELDS && storyLength - lengthOf(form).text >= MIN_STORY_CHARS;

  for (const root of roots) {
    fixDropCaps(root);
    cutAtCommentsAnchor(root, lengthOf);
    // A story written inside one link stays the story's text, not one long link in the reader.
    for (const link of descendants(root, isAnchor)) if (isStoryInLink(link)) unwrap(link);

    // Most stories hold no field to type into: their boxes are not searched for one.
    const holdsControls = !!firstDescendant(root, isEntryControl);
    for (const el of descendants(root)) {
      if (!root.contains(el)) continue;
      const tag = tagName(el);
      const role = el.getAttribute('role');
      // A form wrapping the story (ASP.NET pages) goes only with its controls, not its text; a form asking
      // for several things (a sign-up's name, e-mail, phone and consents) goes whatever its size, as long
      // as a story's worth of text is left without it.
      if (tag === 'form' && isTooBigToRemove(el) && !isSignUpFormInStory(el)) continue;
      if (NEVER_CONTENT_TAGS.has(tag) || (role && CHROME_ROLES.has(role)) || isHiddenBlock(el) || isScreenReaderLabel(el, lengthOf) || (holdsControls && isControlBox(el, lengthOf))) removeNode(el);
    }

    for (const el of descendants(root, isBlock)) {
      if (!root.contains(el)) continue;
      if ((isClutterByName(el) && (!isTooBigToRemove(el) || isFollowingStory(el, root))) || isGalleryInStory(el) || isTeaserRunInStory(el)) {
        removeNode(el);
        continue;
      }
      // Only short blocks are judged by their words; the text is read only for them (and for a box that
      // may be an embed's long consent placeholder).
      const length = lengthOf(el).text;
      if (length > MAX_BOILERPLATE_CHARS * 2) {
        if (length <= MAX_CONSENT_NOTICE_CHARS && tagName(el) === 'div' && !isTooBigToRemove(el) && isEmbedConsentNotice(textOf(el))) removeNode(el);
        continue;
      }
      const text = textOf(el);
      if (isNewsletterPromo(el, text) || isSiteNotice(text) || isEmbedConsentNotice(text) || isSupportAppeal(text) || isPaywallNotice(text)) {
        removeNode(el);
        continue;
      }
      if (text.length > MAX_BOILERPLATE_CHARS) continue;
      if (text.length <= MAX_BYLINE_CHARS && (isBylineBlock(el, text) || isBylineLine(el, text) || isDatelineBlock(el, text, root))) {
        removeNode(el);
        continue;
      }
      if (isBoilerplateText(text) || (CREDIT_LINE.test(text) && !INLINE_BLOCKS.has(tagName(el)) && !firstDescendant(el, isMedia))) {
        removeNode(el);
        continue;
      }
      const tag = tagName(el);
      const lengths = lengthOf(el);
      // A data table's row of linked names (a film and its year) is its data, not a teaser.
      if (tag !== 'span' && text && lengths.links > 0 && lengths.link / Math.max(1, lengths.text) > MAX_TEASER_LINK_DENSITY && !isSectionHeading(el, lengthOf) && !isItemOfProseList(el, lengthOf) && !isListOfSentences(el, lengthOf) && !dataTableOf(el) && !isLinkedWordOfProse(el, text, lengthOf)) {
        removeNode(el);
        continue;
      }
      // The title again, in a heading or in a block of its own (an old page's "heading" div), but not a
      // word of a paragraph's sentence (a bold "Penny" opening "Penny is a villager…", titled "Penny").
      if (title && comparableText(text) === title && !isWordOfParagraph(el, title)) removeNode(el);
    }

    // Menus and teaser lists: blocks of several links with little text around them, whatever their size.
    // A feed of teasers written as a definition list goes by its shape, even when it outweighs the story.
    for (const el of descendants(root, isListBlock)) {
      if (!root.contains(el)) continue;
      if (isTeaserDefinitionList(el, lengthOf)) {
        removeNode(el);
        continue;
      }
      if (isTooBigToRemove(el)) continue;
      const lengths = lengthOf(el);
      if (lengths.links >= MIN_LINKS_IN_LIST && lengths.link / Math.max(1, lengths.text) > MAX_LIST_LINK_DENSITY && isLinkPerLine(el, lengths.links) && !dataTableOf(el)) removeNode(el);
    }

    removeLooseLabels(root);
    removeOpeningDateline(root);

    for (const el of itemsOf(root.getElementsByTagName('h1'))) {
      const text = comparableText(textOf(el));
      if (title && (text === title || (options.titleDeclared && isTitleVariant(text, title)))) removeNode(el);
    }

    // Innermost first, so a div left holding only empty paragraphs goes too.
    for (const el of descendants(root, isEmptiable).reverse()) {
      if (INVISIBLE_ONLY.test(textOf(el)) && !firstDescendant(el, isMedia)) removeNode(el);
    }
  }
  const last = roots.at(-1);
  if (last) removeClosingHeadings(last);
}

/** Whether anything a reader sees follows `el` inside `root`: text or a picture. */
function isFollowedByContent(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (sibling.nodeType === TEXT_NODE ? (sibling.nodeValue ?? '').trim() : isElement(sibling) && (hasText(sibling) || isMedia(sibling) || firstDescendant(sibling, isMedia))) return true;
    }
  }
  return false;
}

/** A heading over a widget is a label; a heading this long closing a story is its last line (BuzzFeed's). */
const MAX_CLOSING_LABEL_CHARS = 50;

/** Blocks that may be a line leading into what follows it ("Новости по теме:", "Rate this article:"). */
const isLineBlock = withTag('p', 'div', 'span', 'b', 'strong');
const LEAD_IN_END = /[:：]$/;

/** Whether `el`'s text ends in a colon: its last text read (not all its text: every block of the story is asked). */
function endsInColon(el: Element): boolean {
  return LEAD_IN_END.test((edgeText(el, 'last')?.nodeValue ?? '').trimEnd());
}

/** A heading, or a line leading into what follows it. */
const isLabelOfWhatFollows = (el: Element): boolean => isSubheading(el) || (isLineBlock(el) && endsInColon(el));

/**
 * Subheadings and lead-in lines left closing the story with nothing under them ("Weitere
 * Informationen", "Related", "Sponsored Links", "Статьи по теме:"): what they headed was a list of
 * links or a widget, gone; a heading heads what follows it, and a line ending in a colon leads into it.
 */
function removeClosingHeadings(root: Element): void {
  // From the last one back, in one walk: removing a heading leaves the one before it closing the story.
  for (const heading of descendants(root, isLabelOfWhatFollows).reverse()) {
    if (textOf(heading).length > MAX_CLOSING_LABEL_CHARS || isFollowedByContent(heading, root)) return;
    removeNode(heading);
  }
}
