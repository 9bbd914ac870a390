/**
 * Lazy-loaded images, made real in the story's inert copy before anything is serialized:
 * - an image whose real version is in a <noscript> beside it (scripts off → the page shows that one);
 * - the source of an <img> is chosen in serialize.ts (data-src and kin, then srcset).
 * Runs on the copy only; parsing a <noscript>'s text uses a <template> of the inert document, whose
 * content never loads or runs.
 */
import { descendants, isElement, itemsOf, parseInert, removeNode, tagName, withTag } from './dom';

/** A placeholder is a data: URL, an empty src, or a file named like a spacer. */
const PLACEHOLDER_SRC = /^(data:|about:blank|$)|(blank|spacer|placeholder|transparent|pixel|lazy|loading|grey|gray)[^/]*\.(gif|png|svg|jpe?g|webp)(\?|$)/i;

function isPlaceholder(img: Element): boolean {
  return PLACEHOLDER_SRC.test((img.getAttribute('src') ?? '').trim());
}

function imagesInNoscript(noscript: Element): Element[] {
  const elements = itemsOf(noscript.getElementsByTagName('img'));
  if (elements.length) return elements;
  // Browsers with scripting on keep <noscript> content as text: parse it, inertly.
  const text = noscript.textContent ?? '';
  if (!text.includes('<img')) return [];
  return descendants(parseInert(noscript.ownerDocument!, text), withTag('img'));
}

/** Puts each <noscript>'s image in place of its placeholder (or before it), and removes every <noscript>: once read, it holds nothing a reader sees. */
export function resolveNoscriptImages(root: Element): void {
  for (const noscript of itemsOf(root.getElementsByTagName('noscript'))) {
    const [image] = imagesInNoscript(noscript);
    if (!image) {
      removeNode(noscript);
      continue;
    }
    const parent = noscript.parentElement;
    const placeholder = parent ? itemsOf(parent.children).find((c) => isElement(c) && tagName(c) === 'img' && c !== image) : undefined;
    const imported = noscript.ownerDocument!.importNode(image, true);
    if (placeholder && (isPlaceholder(placeholder) || placeholder.getAttribute('src') !== imported.getAttribute('src'))) {
      placeholder.parentNode!.replaceChild(imported, placeholder);
    } else if (!placeholder) {
      noscript.parentNode!.insertBefore(imported, noscript);
    }
    removeNode(noscript);
  }
}

/** The largest candidate of a srcset ("a.jpg 600w, b.jpg 1600w" → b.jpg). */
export function largestSrcsetCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/, 2);
    if (!url) continue;
    const size = parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}
