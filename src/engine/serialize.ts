/**
 * Turns the cleaned story subtree into allow-listed HTML and plain text in one walk.
 * Building the output from an allow-list (rather than deleting what is known to be bad) means anything
 * we did not think of is dropped: no scripts, handlers, styles, forms, frames or unknown URL schemes.
 * The reader sanitizes again with DOMPurify before rendering; this is the first wall, not the only one.
 */
import { ELEMENT_NODE, TEXT_NODE, isBlankLineBreak, isElement, spaceRunsAsOne, tagName } from './dom';
import { absoluteUrl } from './url';
import { ATTRIBUTES, KEPT_TAGS } from './allowlist';
import { largestSrcsetCandidate } from './images';

/** Renamed: the reader shows the title itself, so a heading inside the story is at most an h2. */
const RENAMED_TAGS: Record<string, string> = { h1: 'h2' };
const VOID_TAGS = new Set(['br', 'hr', 'img', 'col', 'wbr']);
/** Elements whose text forms its own paragraph in `textContent`. */
const TEXT_BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'pre', 'figcaption', 'caption', 'tr', 'blockquote',
  'div', 'section', 'article', 'main', 'header', 'figure', 'table', 'ul', 'ol', 'dl', 'address', 'center', 'details',
  'summary', 'hr',
]);
/** Containers that are not kept as tags; their loose inline content is wrapped in <p>. */
const UNWRAPPED_BLOCKS = new Set(['div', 'section', 'article', 'main', 'header', 'center', 'address', 'details', 'summary', 'hgroup']);
/** Lazy-loading attributes that hold the real image, most specific first. */
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-lazy'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small',
  'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'font', 'img', 'br',
]);

/** Characters escapeText writes as entities: most texts hold none, and are read once to know it. */
const TO_ESCAPE = /[&<>\u00a0]/;

function escapeText(text: string): string {
  if (!TO_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function resolveSrcset(srcset: string, base: string): string | null {
  const parts = srcset
    .split(/,\s+/)
    .map((candidate) => {
      const [rawUrl, descriptor] = candidate.trim().split(/\s+/, 2);
      const url = absoluteUrl(rawUrl, base);
      return url ? (descriptor ? `${url} ${descriptor}` : url) : null;
    })
    .filter((part): part is string => !!part);
  return parts.length ? parts.join(', ') : null;
}

/** The real image URL of an <img>, looking past lazy-loading placeholders. */
export function imageSource(img: Element, base: string): string | null {
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const url = absoluteUrl(img.getAttribute(name), base);
    if (url) return url;
  }
  const src = absoluteUrl(img.getAttribute('src'), base);
  if (src) return src;
  // No usable src (missing, or a data: placeholder): the largest srcset candidate is the picture.
  const srcset = LAZY_SRCSET_ATTRIBUTES.map((n) => img.getAttribute(n)).find(Boolean) ?? img.getAttribute('srcset');
  return srcset ? absoluteUrl(largestSrcsetCandidate(srcset), base) : null;
}

function attributeValue(el: Element, tag: string, name: string, base: string): string | null {
  if (tag === 'a' && name === 'href') return absoluteUrl(el.getAttribute('href'), base);
  if (tag === 'img' && name === 'src') return imageSource(el, base);
  if (tag === 'img' && name === 'srcset') {
    const raw = LAZY_SRCSET_ATTRIBUTES.map((n) => el.getAttribute(n)).find(Boolean) ?? el.getAttribute('srcset');
    return raw ? resolveSrcset(raw, base) : null;
  }
  const value = el.getAttribute(name);
  if (value === null) return null;
  if ((name === 'width' || name === 'height' || name === 'colspan' || name === 'rowspan' || name === 'span' || name === 'start' || name === 'value') && !/^\d{1,5}$/.test(value)) return null;
  return value;
}

export interface Serialized {
  html: string;
  text: string;
}

export function serializeStory(roots: Element[], base: string): Serialized {
  const html: string[] = [];
  const blocks: string[] = [];
  let currentBlock = '';
  let preDepth = 0;
  let openParagraph = false;

  let currentIsPre = false;
  const endTextBlock = (): void => {
    // Code keeps its spaces and indentation; other text has its white space collapsed.
    const text = currentIsPre
      ? currentBlock.replace(/^\n+|\s+$/g, '')
      : currentBlock.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    currentIsPre = false;
    if (text) blocks.push(text);
    currentBlock = '';
  };
  const closeLooseParagraph = (): void => {
    if (openParagraph) {
      html.push('</p>');
      openParagraph = false;
      endTextBlock();
    }
  };

  const isInline = (node: Node): boolean => node.nodeType === TEXT_NODE || (isElement(node) && INLINE_TAGS.has(tagName(node)));

  const walk = (node: Node, inUnwrappedBlock: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      let raw = node.nodeValue ?? '';
      if (inUnwrappedBlock && !openParagraph) {
        if (!raw.trim()) return;
        html.push('<p>');
        openParagraph = true;
        // The line break before loose text in the source is not the paragraph's first character.
        if (preDepth === 0) raw = raw.trimStart();
      }
      const laidOut = preDepth > 0 ? raw : spaceRunsAsOne(raw);
      html.push(escapeText(laidOut));
      currentBlock += laidOut;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const original = tagName(el);
    const tag = RENAMED_TAGS[original] ?? original;

    if (UNWRAPPED_BLOCKS.has(tag)) {
      closeLooseParagraph();
      endTextBlock();
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (!isInline(child)) closeLooseParagraph();
        walk(child, true);
      }
      closeLooseParagraph();
      endTextBlock();
      return;
    }

    if (!KEPT_TAGS.has(tag)) {
      // Unknown or presentational element (span, font, picture…): keep its content, drop the tag.
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child, inUnwrappedBlock && isInline(child));
      return;
    }
    if (tag === 'img' && !imageSource(el, base)) return;
    if (tag === 'br') {
      if (!isBlankLineBreak(el)) {
        if (openParagraph || !inUnwrappedBlock) html.push('<br>');
        currentBlock += '\n';
      } else if (inUnwrappedBlock) closeLooseParagraph();
      else {
        // Inside a kept paragraph (<p>a<br><br>b</p>) the breaks stay; the text still starts a new block.
        html.push('<br>');
        endTextBlock();
      }
      return;
    }
    if (inUnwrappedBlock && !INLINE_TAGS.has(tag)) closeLooseParagraph();
    else if (inUnwrappedBlock && !openParagraph) {
      html.push('<p>');
      openParagraph = true;
    }

    const isTextBlock = TEXT_BLOCK_TAGS.has(tag);
    if (isTextBlock) endTextBlock();
    let open = `<${tag}`;
    for (const name of [...(ATTRIBUTES['*'] ?? []), ...(ATTRIBUTES[tag] ?? [])]) {
      const value = attributeValue(el, tag, name, base);
      if (value !== null) open += ` ${name}="${escapeAttribute(value)}"`;
    }
    html.push(`${open}>`);
    if (VOID_TAGS.has(tag)) return;
    if (tag === 'pre') {
      preDepth++;
      currentIsPre = true;
    }
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, false);
    if (tag === 'pre') preDepth--;
    if (tag === 'td' || tag === 'th') currentBlock += '\t';
    html.push(`</${tag}>`);
    if (isTextBlock) endTextBlock();
  };

  for (const root of roots) {
    walk(root, true);
    closeLooseParagraph();
    endTextBlock();
  }
  return { html: html.join(''), text: blocks.join('\n\n') };
}
