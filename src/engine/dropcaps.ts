/**
 * Drop caps, made two ways by sites:
 * - doubled: a decorative copy of the first letter before the full word ("<span>C</span>C’est"); the
 *   copy goes, or readers see "CC’est";
 * - split: the first letter alone in an element, the word continuing after it ("<span>C</span>’est");
 *   the letter stays, as plain text.
 */
import { TEXT_NODE, classAndId, descendants, isElement, tagName, textWalker } from './dom';

/** Class/id names sites use for a styled first letter. */
const DROP_CAP_NAMES = /(drop-?cap|dropcap|initial|first-?letter|lettrine|big-?letter|capital)/;
/** Elements sites style as a first letter (any child of a paragraph too). */
const DROP_CAP_TAGS = new Set(['span', 'b', 'strong', 'em', 'i', 'font', 'div', 'big']);
const mayBeDropCap = (el: Element): boolean => DROP_CAP_TAGS.has(tagName(el)) || (el.parentElement !== null && tagName(el.parentElement) === 'p');
/** A drop cap is one letter, sometimes with an opening quote: more than this is a word. */
const MAX_DROP_CAP_CHARS = 2;

function firstTextAfter(el: Element): Text | null {
  let node: Node | null = el.nextSibling;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      if ((node.nodeValue ?? '').length > 0) return node as Text;
    } else if (isElement(node)) {
      const text = textWalker(node).nextNode() as Text | null;
      if (text) return text;
    }
    node = node.nextSibling;
  }
  return null;
}

/** True when nothing but white space comes before `el` inside its block. */
function startsItsBlock(el: Element): boolean {
  let node: Node | null = el.previousSibling;
  while (node) {
    if ((node.textContent ?? '').trim()) return false;
    node = node.previousSibling;
  }
  const parent = el.parentElement;
  if (parent && ['span', 'strong', 'b', 'em', 'i', 'a'].includes(tagName(parent))) return startsItsBlock(parent);
  return true;
}

export function fixDropCaps(root: Element): number {
  let fixed = 0;
  for (const el of descendants(root, mayBeDropCap)) {
    const letter = (el.textContent ?? '').trim();
    if (!letter || letter.length > MAX_DROP_CAP_CHARS || el.firstElementChild !== null) continue;
    if (!/\p{L}/u.test(letter)) continue;
    const named = DROP_CAP_NAMES.test(classAndId(el));
    if (!named && !startsItsBlock(el)) continue;
    const next = firstTextAfter(el);
    const rest = next?.nodeValue?.replace(/^\s+/, '') ?? '';
    if (!rest) continue;
    // The rest of a split drop cap continues the word ("’est", "ongtemps"); a doubled one repeats the letter.
    const doubled = rest.startsWith(letter);
    // Without a drop-cap name, only a copy glued to its word ("C" + "C’est") counts, not a label ("Q Quelle").
    const glued = next?.nodeValue?.startsWith(letter) ?? false;
    if (doubled && (named || el.getAttribute('aria-hidden') === 'true' || glued)) {
      el.parentNode?.removeChild(el);
      fixed++;
    } else if (named && /^[\p{L}’'-]/u.test(rest)) {
      // Split drop cap: keep the letter as text so it is neither lost nor separated from its word.
      el.parentNode?.replaceChild(el.ownerDocument!.createTextNode(letter), el);
      fixed++;
    }
  }
  return fixed;
}
