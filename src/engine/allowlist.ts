/**
 * The HTML a story may contain, written once: the engine's serializer builds contentHtml from it and
 * the reader's DOMPurify pass enforces it again before rendering.
 */

/** Elements copied as they are (attributes still filtered). */
export const KEPT_TAGS = new Set([
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
  'pre', 'code', 'kbd', 'samp', 'var', 'em', 'i', 'strong', 'b', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub',
  'sup', 'abbr', 'time', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th',
  'td', 'caption', 'colgroup', 'col', 'bdi', 'bdo', 'wbr',
  // Presentation MathML (formulas in science and statistics stories); no annotation-xml, which can carry HTML.
  'math', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'msub', 'msup', 'msubsup', 'mfrac', 'msqrt', 'mroot',
  'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose', 'semantics',
]);
/** Attributes kept per element (`*`: on every kept element). URLs among them are resolved and checked. */
export const ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['lang', 'dir'],
  a: ['href', 'title'],
  img: ['src', 'srcset', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['datetime'],
  abbr: ['title'],
  col: ['span'],
  colgroup: ['span'],
  math: ['display'],
};
