/**
 * Small DOM helpers that behave the same in browsers, jsdom and linkedom.
 * Node has no global `Node`, so node types are compared by number.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** An element's lower-case tag name (localName: already lower case in HTML documents, and cheaper than tagName, which is upper case). */
export function tagName(el: Element): string {
  return el.localName;
}

/**
 * The <html> child with this tag (<head>, <body>), never creating one: linkedom's document.head and
 * document.body add an empty element to a page that has none (an unclosed <title> leaves no body), and
 * the engine never changes the page it reads.
 */
function rootChild(doc: Document, tag: 'head' | 'body'): Element | null {
  for (let child = doc.documentElement?.firstElementChild ?? null; child; child = child.nextElementSibling) {
    if (tagName(child) === tag) return child;
  }
  return null;
}

/** The document's <body> as <html>'s child, or null. */
export function bodyOf(doc: Document): HTMLElement | null {
  return rootChild(doc, 'body') as HTMLElement | null;
}

/** The page's <head> or <body>: <html>'s child, or wherever a misnested page (no tree fixing in linkedom) put the first one. */
export function pagePart(doc: Document, tag: 'head' | 'body'): Element | null {
  return rootChild(doc, tag) ?? itemsOf(doc.getElementsByTagName(tag))[0] ?? null;
}

/**
 * Markup from the page (a <noscript>'s text, a swallowed page) parsed in a <template>: its content
 * belongs to an inert document, so nothing in it loads or runs, and the page is not touched.
 */
export function parseInert(doc: Document, html: string): ParentNode {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return (template as HTMLTemplateElement).content ?? template;
}

/** Whitespace-collapsed text of a subtree. */
export function textOf(node: Node | null | undefined): string {
  return collapseSpace(node?.textContent ?? '');
}

/** The characters \s matches besides the plain space (U+0020), as a character class's contents. */
const WHITE_SPACE_BUT_SPACE = '\\t\\n\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/**
 * The white space to write as one space: a run of two characters or more, or one that is not a plain
 * space (a tab, a line break, a no-break space); `extra` (a character class's contents) counts as white
 * space too. A lone space, the commonest, is not matched: replacing every one with itself rebuilt the
 * whole string, and took twice as long (66,000 corpus texts), for the same result.
 */
export function spaceToCollapse(extra = ''): RegExp {
  return new RegExp(`[\\s${extra}]{2,}|[${WHITE_SPACE_BUT_SPACE}${extra}]`, 'g');
}

/** White space and zero-width spaces (U+200B, which pages put between words and in empty blocks). */
const SPACE_TO_COLLAPSE = spaceToCollapse('\\u200b');

const SPACE_RUN = spaceToCollapse();

/** Each run of white space (\s) as one space, the ends kept: text laid out as a browser lays it out outside <pre>. */
export function spaceRunsAsOne(text: string): string {
  return text.replace(SPACE_RUN, ' ');
}

export function collapseSpace(text: string): string {
  return text.replace(SPACE_TO_COLLAPSE, ' ').trim();
}

/** Text reduced to lower-case words, for comparing a heading or a block with a title or a description. */
export function comparableText(text: string): string {
  return collapseSpace(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Letters and digits only, lower case: "ORF.at" and "orf.at", "L'Opinion" and "lopinion", "Pastebin.com" and the host "pastebin.com" compare equal. */
export function lettersOf(text: string): string {
  return comparableText(text).replace(/ /g, '');
}

/**
 * The class attribute's value, as getAttribute('class') gives it, read from the attribute itself:
 * linkedom's getAttribute('class') builds the element's token list first and joins it again, and
 * class is read on nearly every element of a page.
 */
export function classOf(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}

/** class and id joined, lower-cased: what clutter and content patterns are matched against. */
export function classAndId(el: Element): string {
  return `${classOf(el)} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/**
 * The elements under `root` (root excluded) that `keep` accepts, all when omitted, in document order.
 * A walk instead of a selector query: the engine's queries were most of its cost in jsdom, where a walk
 * is three to five times cheaper than querySelectorAll and indexing a live collection far costlier; in
 * browsers both are fast.
 */
export function descendants(root: Node, keep?: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walker = elementWalker(root);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (!keep || keep(el)) found.push(el);
  return found;
}

/** An element and its ancestors, outermost first. */
function pathTo(el: Element): Element[] {
  const path: Element[] = [];
  for (let up: Element | null = el; up; up = up.parentElement) path.push(up);
  return path.reverse();
}

/**
 * Whether `a` comes before `b` in document order (an ancestor before its descendants). Not
 * compareDocumentPosition: linkedom answers it wrongly for elements at different depths.
 */
export function precedes(a: Element, b: Element): boolean {
  const pathA = pathTo(a);
  const pathB = pathTo(b);
  let depth = 0;
  while (depth < pathA.length && depth < pathB.length && pathA[depth] === pathB[depth]) depth++;
  if (depth === pathA.length) return true;
  if (depth === pathB.length || depth === 0) return false;
  for (let child = pathA[depth - 1]!.firstElementChild; child; child = child.nextElementSibling) {
    if (child === pathA[depth]) return true;
    if (child === pathB[depth]) return false;
  }
  return false;
}

/** The first element under `root` that `keep` accepts, in document order; stops there. */
export function firstDescendant(root: Node, keep: (el: Element) => boolean): Element | null {
  const walker = elementWalker(root);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (keep(el)) return el;
  return null;
}

/** SHOW_ELEMENT, SHOW_TEXT: tree walkers that stop at elements only, or at text nodes only. */
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

/** A tree walker over the text nodes under `root`, in document order. */
export function textWalker(root: Node): TreeWalker {
  return (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
}

/**
 * A tree walker over the elements under `root`: one native step per element (a walk over child and
 * sibling pointers takes two, each building a wrapper in jsdom), and iterative, so a very deep page
 * cannot overflow the stack.
 */
function elementWalker(root: Node): TreeWalker {
  return (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_ELEMENT);
}

/** ASCII white space, which separates the words of a class attribute. */
const CLASS_SEPARATOR = /[\t\n\f\r ]+/;

/** Whether the element's class attribute holds the word, as classList.contains answers, without the token list jsdom builds for it. */
export function hasClass(el: Element, name: string): boolean {
  const value = classOf(el);
  return value.split(CLASS_SEPARATOR).includes(name);
}

/** A link that goes somewhere: an <a> with an href. */
export function isLink(el: Element): boolean {
  return tagName(el) === 'a' && el.hasAttribute('href');
}

/** A test of an element's tag against a set of lower-case tag names, for descendants(). */
export function withTag(...tags: string[]): (el: Element) => boolean {
  const wanted = new Set(tags);
  return (el) => wanted.has(tagName(el));
}

/** An <a>, with an href or without (isLink: one that goes somewhere). */
export const isAnchor = withTag('a');

/** The first or the last text node under `el` that holds more than white space, or null. */
export function edgeText(el: Element, edge: 'first' | 'last'): Text | null {
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      if (/\S/.test(node.nodeValue ?? '')) return node as Text;
    } else if (edge === 'first') for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    else for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
  return null;
}

/** The nearest ancestor of `el` with the tag (a cell's or a row's table), or null. */
export function ancestorTagged(el: Element, tag: string): Element | null {
  let up = el.parentElement;
  while (up && tagName(up) !== tag) up = up.parentElement;
  return up;
}

/** The items of a collection as an array (read as collectionReader does: see there). */
export function itemsOf<T extends Element>(collection: HTMLCollectionOf<T> | HTMLCollection): T[] {
  const reader = collectionReader<T>(collection);
  const items: T[] = new Array(reader.length);
  for (let i = 0; i < items.length; i++) items[i] = reader.item(i)!;
  return items;
}

/** A collection read item by item: its length and its items. */
export interface CollectionReader<T extends Element> {
  length: number;
  item: (index: number) => T | null;
}

/**
 * Reads a collection's items one at a time (reading may stop early: no copy of every <p> on the page)
 * through its prototype's item() and length: in jsdom every property read on the collection itself
 * (length, item) first scans it for an element of that id or name.
 */
export function collectionReader<T extends Element>(collection: HTMLCollectionOf<T> | HTMLCollection): CollectionReader<T> {
  let length: number | undefined;
  let item: ((this: unknown, index: number) => T | null) | undefined;
  for (let proto = Object.getPrototypeOf(collection); proto && (length === undefined || !item); proto = Object.getPrototypeOf(proto)) {
    const lengthGetter = Object.getOwnPropertyDescriptor(proto, 'length')?.get;
    if (length === undefined && lengthGetter) length = lengthGetter.call(collection) as number;
    if (!item && Object.prototype.hasOwnProperty.call(proto, 'item')) item = proto.item;
  }
  // DOMs whose collections are arrays (linkedom) keep length on the collection, and no scan behind it.
  return { length: length ?? collection.length, item: (index) => (item ? item.call(collection, index) : (collection[index] as T | undefined) ?? null) };
}

/** Total length of the text inside links, over the length of all text: high for menus and link lists. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of descendants(el, isAnchor)) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

export function removeNode(node: Node): void {
  node.parentNode?.removeChild(node);
}

/**
 * Elements whose text a reader never sees (a browser that plays embeds and frames never shows
 * <noembed>'s or <noframes>'s fallback; the parser reads their markup as raw text).
 */
export const INVISIBLE_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'noembed', 'noframes']);

export interface Lengths {
  /** Characters of visible text (each text node trimmed). */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Links inside. */
  links: number;
}

/**
 * Inline elements that only style their text (links excluded: a row of them is a menu). A page writing
 * its story without <p> puts its sentences in them; a line broken inside one is broken in its paragraph.
 */
export const STYLING_TAGS = new Set(['span', 'font', 'b', 'strong', 'em', 'i']);

/** The <br>s in an element's text: among its children, and inside the styling elements wrapping its text. */
export function lineBreaksIn(el: Element): number {
  let breaks = 0;
  const stack: Element[] = [el];
  while (stack.length) {
    for (let child = stack.pop()!.firstElementChild; child; child = child.nextElementSibling) {
      const tag = tagName(child);
      if (tag === 'br') breaks++;
      else if (STYLING_TAGS.has(tag)) stack.push(child);
    }
  }
  return breaks;
}

const HIDDEN_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Whether an inline style hides its element: the one thing the engine reads in a style. */
export function isHidingStyle(style: string): boolean {
  return HIDDEN_STYLE.test(style);
}

/** The class that hides a block in every CSS framework ("hidden"; not "hidden-xs", hidden on one screen size). */
const HIDDEN_CLASS = /(^|\s)hidden(\s|$)/;

/** Whether the page hides an element (a closed popup's form, a sign-in wall), by attribute, inline style or class. */
export function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    isHidingStyle(el.getAttribute('style') ?? '') ||
    HIDDEN_CLASS.test(classOf(el))
  );
}

/**
 * The build's hash a CSS-modules class ends with ("styles-module--bodyText--3gL1K", Next.js's
 * "ArticleModuleText_wrapper__K51YM"): the same on every element of that style, so it says nothing.
 */
const BUILD_HASH = /(?:--|__)[\w-]{4,10}$/;
/** A class name as a style: without its build hash, when that leaves a name of letters. */
function styleName(name: string): string {
  if (!/\d/.test(name)) return name;
  const withoutHash = name.replace(BUILD_HASH, '');
  return withoutHash !== name && /[a-z]{3}/i.test(withoutHash) ? withoutHash : name;
}

/**
 * An element's dress: its tag and its class names without those holding digits, which number the
 * blocks of a run ("article-widget-text 6f677730-…", "live-1924698-u9vshc") rather than style them (a
 * CSS module's build hash aside: see styleName).
 */
export function dressOf(el: Element): string {
  const names = classOf(el).split(/\s+/).map(styleName).filter((name) => name && !/\d/.test(name));
  return names.length ? `${tagName(el)}.${names.sort().join('.')}` : '';
}

export function dressedAlike(a: Element, b: Element): boolean {
  const dress = dressOf(a);
  return dress !== '' && dress === dressOf(b);
}

/**
 * A block the page hides on its own (a closed popup's "email this story" form, an audio player's hidden
 * copy of the story): not shown, so not read. A hidden panel beside a shown one dressed alike (a
 * recipe's other tabs) is text waiting for a click, and is read.
 */
export function isHiddenBlock(el: Element): boolean {
  if (!isHidden(el)) return false;
  const dress = dressOf(el);
  const parent = el.parentElement;
  if (!dress || !parent) return true;
  for (const sibling of itemsOf(parent.children)) if (sibling !== el && dressOf(sibling) === dress && !isHidden(sibling)) return false;
  return true;
}

/** A text node of white space only (the indentation between tags). */
export function isBlankText(node: Node): boolean {
  return node.nodeType === TEXT_NODE && !(node.nodeValue ?? '').trim();
}

/** The nearest sibling in `direction` that is not white space. */
export function nextNonBlank(node: Node, direction: 'previousSibling' | 'nextSibling'): Node | null {
  let sibling = node[direction];
  while (sibling && isBlankText(sibling)) sibling = sibling[direction];
  return sibling;
}

const isBreak = (node: Node | null): boolean => !!node && isElement(node) && tagName(node) === 'br';

/**
 * Whether a <br> is one of a blank line's (two or more in a row, white space between them aside), which
 * ends a paragraph, as pages written with <br><br> instead of <p> mean it. A lone <br> breaks a line
 * inside its paragraph (a poem's lines, an address).
 */
export function isBlankLineBreak(br: Element): boolean {
  return isBreak(nextNonBlank(br, 'previousSibling')) || isBreak(nextNonBlank(br, 'nextSibling'));
}

/** The blank lines (two <br>s in a row, white space between them aside) among an element's children. */
export function blankLinesIn(el: Element): number {
  let blankLines = 0;
  let lastWasBreak = false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if ((child.nodeValue ?? '').trim()) lastWasBreak = false;
    } else if (isElement(child)) {
      const isBreak = tagName(child) === 'br';
      if (isBreak && lastWasBreak) {
        blankLines++;
        lastWasBreak = false;
      } else lastWasBreak = isBreak;
    }
  }
  return blankLines;
}

/** A link holding this many blank lines holds paragraphs: a story written inside a link, not a link's words. */
const MIN_BLANK_LINES_IN_STORY_LINK = 2;

/** Whether a link holds paragraphs written between <br>s (its text is a story's, not a menu's or a teaser's). */
export function isStoryInLink(link: Element): boolean {
  return blankLinesIn(link) >= MIN_BLANK_LINES_IN_STORY_LINK;
}

/** What measureTree's `visit` is told of an element: whether it is a link holding a story (see isStoryInLink). */
export type TreeVisitor = (el: Element, isStoryLink: boolean) => void;

/**
 * Text and link-text lengths of the elements under `root` that `keep` selects, in one pass
 * (iterative, so a very deep page cannot overflow the stack; sibling pointers, because linkedom
 * rebuilds childNodes on every access). Far cheaper than a query and a textContent per element.
 * `visit`, when given, sees every element under `root` in document order, those inside scripts and
 * other invisible text too (their text is not measured): findStory reads the page's paragraphs, links
 * and headings in this walk, which a walk of their own cost a twentieth of extract's time in jsdom.
 */
export function measureTree(root: Element, keep: (el: Element) => boolean = () => true, visit?: TreeVisitor): Map<Element, Lengths> {
  const lengths = new Map<Element, Lengths>();
  interface Frame { el: Element; inLink: boolean; next: ChildNode | null; text: number; link: number; links: number }
  const stack: Frame[] = [{ el: root, inLink: false, next: root.firstChild, text: 0, link: 0, links: 0 }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (child) {
      frame.next = child.nextSibling;
      if (child.nodeType === TEXT_NODE) {
        const length = (child.nodeValue ?? '').trim().length;
        frame.text += length;
        if (frame.inLink) frame.link += length;
      } else if (isElement(child)) {
        const tag = tagName(child);
        // A link holding paragraphs is the story's text, not link text (see isStoryInLink).
        const isStoryLink = tag === 'a' && isStoryInLink(child);
        visit?.(child, isStoryLink);
        if (INVISIBLE_TEXT_TAGS.has(tag)) {
          if (visit) for (const inner of descendants(child)) visit(inner, tagName(inner) === 'a' && isStoryInLink(inner));
          continue;
        }
        const isLink = tag === 'a' && !isStoryLink;
        stack.push({ el: child, inLink: frame.inLink || isLink, next: child.firstChild, text: 0, link: 0, links: isLink ? 1 : 0 });
      }
      continue;
    }
    stack.pop();
    if (keep(frame.el)) lengths.set(frame.el, { text: frame.text, link: frame.link, links: frame.links });
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.text += frame.text;
      parent.link += frame.link;
      parent.links += frame.links;
    }
  }
  return lengths;
}

/** Whether any text node under `el` holds more than whitespace; stops at the first (no 10 MB string built). */
export function hasText(el: Element): boolean {
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (/\S/.test(node.nodeValue ?? '')) return true;
    } else for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return false;
}
