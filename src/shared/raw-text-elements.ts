/**
 * A browser serializes the text inside some elements raw, unescaped: `<noscript>` (on a page with
 * scripting on, where its content is text), `<iframe>`, `<noembed>`, `<noframes>`, `<xmp>`, `<plaintext>`.
 * The browser's own parser reads that text back as text; linkedom reads it as markup, so a page's
 * `<noscript><p title="</noscript><img onerror=…>">` would come back as a different tree from the one
 * the page has (the mutation-XSS shape). This escapes those elements' text so linkedom rebuilds the same
 * tree: text only inside each. `<script>`, `<style>` and `<xmp>`, which linkedom already reads as raw text,
 * comments and attribute values are skipped over, so a `<noscript>` written inside them is left alone.
 * (Inside `<svg>`, a `<noscript>` is an SVG element with markup in it; the engine drops SVG whole.)
 */
const ESCAPED_RAW_TEXT = new Set(['noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Raw text that linkedom keeps raw itself: skipped, never escaped. */
const KEPT_RAW_TEXT = new Set(['script', 'style', 'xmp']);
const MAY_NEED_ESCAPING = /<(?:noscript|iframe|noembed|noframes|plaintext)[\s/>]/i;

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Where the start tag opening at `start` ends (just past its `>`), honouring quoted attribute values. */
function startTagEnd(html: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return html.length;
}

/**
 * Where the element's raw text ends: at its end tag, or at the end of the document. A browser writes the
 * names of HTML elements in lower case, so the search needs no case folding (which could also shift
 * offsets: some characters change length when lower-cased).
 */
function rawTextEnd(html: string, from: number, name: string): number {
  const end = html.indexOf(`</${name}`, from);
  return end === -1 ? html.length : end;
}

export function escapeRawText(html: string): string {
  if (!MAY_NEED_ESCAPING.test(html)) return html;
  const parts: string[] = [];
  let copiedTo = 0;
  let at = html.indexOf('<');
  while (at !== -1 && at < html.length) {
    let next: number;
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      next = close === -1 ? html.length : close + 3;
    } else if (/[a-zA-Z]/.test(html[at + 1] ?? '')) {
      const name = /^[a-zA-Z][^\s/>]*/.exec(html.slice(at + 1, at + 40))![0].toLowerCase();
      const tagEnd = startTagEnd(html, at);
      if (KEPT_RAW_TEXT.has(name)) {
        next = rawTextEnd(html, tagEnd, name);
      } else if (ESCAPED_RAW_TEXT.has(name)) {
        const textEnd = rawTextEnd(html, tagEnd, name);
        parts.push(html.slice(copiedTo, tagEnd), escapeText(html.slice(tagEnd, textEnd)));
        copiedTo = textEnd;
        next = textEnd;
      } else {
        next = tagEnd;
      }
    } else {
      next = at + 1;
    }
    at = html.indexOf('<', next);
  }
  if (copiedTo === 0) return html;
  parts.push(html.slice(copiedTo));
  return parts.join('');
}
