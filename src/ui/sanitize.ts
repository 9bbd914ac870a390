/**
 * The second wall: article HTML is sanitized again, with DOMPurify, right before it is rendered, under
 * the same allow-list the engine serialized with. Links open outside the reader and leak nothing.
 */
import DOMPurify from 'dompurify';
import { ATTRIBUTES, KEPT_TAGS } from '../engine/allowlist';

const ALLOWED_ATTR = [...new Set(Object.values(ATTRIBUTES).flat())];
/** http(s) and mailto only: no javascript:, data:, blob: or extension URLs. */
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:)/i;

let hooked = false;

export function sanitizeArticleHtml(html: string): string {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.tagName === 'IMG') {
        node.setAttribute('loading', 'lazy');
        // Decoded off the frame that first shows the story: the text is painted without waiting for its pictures.
        node.setAttribute('decoding', 'async');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    hooked = true;
  }
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [...KEPT_TAGS],
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ADD_ATTR: ['target', 'rel', 'loading', 'decoding', 'referrerpolicy'],
  });
}
