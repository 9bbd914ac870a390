/**
 * The copy of the story the engine cleans: in a document of its own that has no browsing context, so
 * nothing in the copy loads, runs or lays out, and the live page is never touched.
 */
import { descendants, isHidingStyle, removeNode } from './dom';

/**
 * Copies elements into a new document with no browsing context (see the file's comment), leaving out
 * the elements under them that `leaveOut` accepts, with everything inside those.
 */
export function inertCopies(doc: Document, elements: Element[], leaveOut: (el: Element) => boolean): Element[] {
  const implementation = doc.implementation as DOMImplementation | undefined;
  if (typeof implementation?.createHTMLDocument !== 'function') {
    // DOMs without an implementation object (linkedom) have no browsing context either: a clone is inert.
    return elements.map((el) => {
      const clone = el.cloneNode(true) as Element;
      for (const left of descendants(clone, leaveOut)) removeNode(left);
      return clone;
    });
  }
  const copy = implementation.createHTMLDocument('');
  // Left detached: nothing reads the copies through their document, and attaching them runs insertion
  // steps (jsdom parses every <style> inside) that cost a third of the copy.
  return elements.map((el) => copyLeavingOut(copy, el, leaveOut));
}

/**
 * Whether an element's inline style is left out of the copy. The engine reads a style only to know
 * whether it hides its element (dom.ts isHidden), and jsdom parses every style attribute it copies with
 * a full CSS parser (a third of the copy's time, in a profile of 460 corpus pages). Styles that hide are
 * kept.
 */
function dropsStyle(el: Element): boolean {
  const style = el.getAttribute('style');
  return style !== null && !isHidingStyle(style);
}

/**
 * A deep copy of `root` in `target` without what `leaveOut` accepts and without the inline styles
 * dropsStyle leaves out. Subtrees holding neither are copied natively in one step; only the elements on
 * the way down to one are copied one by one. Iterative: a very deep page cannot overflow the stack.
 */
function copyLeavingOut(target: Document, root: Element, leaveOut: (el: Element) => boolean): Element {
  const marked = descendants(root, (el) => leaveOut(el) || dropsStyle(el));
  if (!marked.length && !dropsStyle(root)) return target.importNode(root, true);
  const onTheWay = new Set<Node>([root]);
  for (const el of marked) {
    for (let up: Element | null = el; up && !onTheWay.has(up); up = up.parentElement) onTheWay.add(up);
  }
  // Built from the leaves up: each copy joins its parent's once its own children are in, so no insertion
  // walks up a long chain of ancestors (jsdom notifies each: a deep page's copy would take quadratic time).
  const rootCopy = shallowCopy(target, root);
  const open: Array<{ copy: Node; next: ChildNode | null }> = [{ copy: rootCopy, next: root.firstChild }];
  while (open.length) {
    const current = open[open.length - 1]!;
    const child = current.next;
    if (!child) {
      open.pop();
      open[open.length - 1]?.copy.appendChild(current.copy);
      continue;
    }
    current.next = child.nextSibling;
    if (!onTheWay.has(child)) current.copy.appendChild(target.importNode(child, true));
    else if (!leaveOut(child as Element)) open.push({ copy: shallowCopy(target, child as Element), next: child.firstChild });
  }
  return rootCopy;
}

/** An element without its children, and without its style when dropsStyle says so. */
function shallowCopy(target: Document, el: Element): Element {
  if (!dropsStyle(el)) return target.importNode(el, false);
  const copy = target.createElementNS(el.namespaceURI, el.prefix ? `${el.prefix}:${el.localName}` : el.localName);
  for (const attribute of Array.from(el.attributes)) {
    if (attribute.namespaceURI === null && attribute.localName === 'style') continue;
    try {
      copy.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
    } catch {
      // A name the parser accepts and setAttribute refuses ("@click", ":class"): script framework
      // markup the engine never reads.
    }
  }
  return copy;
}
