/**
 * The reader's place in the page: an extension page in a full-viewport iframe, inside a closed shadow
 * root. The page cannot read the iframe (another origin) nor reach into the closed root; inline
 * `!important` styles on the host win over any page stylesheet. Closing removes the host and nothing
 * else: the page's own DOM, styles and scroll position are never changed.
 */
import browser from 'webextension-polyfill';
import { PAGES } from './navigation';

const HOST_TAG = 'lectern-reader';
/** The highest z-index browsers honour: the reader sits above everything the page shows. */
const TOP_LAYER_Z = '2147483647';
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: '0',
  width: '100vw',
  height: '100vh',
  'z-index': TOP_LAYER_Z,
  display: 'block',
  margin: '0',
  padding: '0',
  border: '0',
  opacity: '1',
  visibility: 'visible',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'pointer-events': 'auto',
};

export interface ReaderFrame {
  close(): void;
}

export function mountReaderFrame(onEscape: () => void): ReaderFrame {
  const previousFocus = document.activeElement as HTMLElement | null;
  const host = document.createElement(HOST_TAG);
  for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(PAGES.reader);
  frame.title = 'Lectern reader';
  frame.setAttribute('style', 'all:initial;display:block;width:100%;height:100%;border:0;margin:0;background:transparent');
  frame.addEventListener('load', () => frame.focus({ preventScroll: true }), { once: true });
  root.appendChild(frame);

  // Esc while focus is still on the page (before the frame loads, or after a click on the page's scrollbar).
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopImmediatePropagation();
      event.preventDefault();
      onEscape();
    }
  };
  window.addEventListener('keydown', onKeyDown, true);
  document.documentElement.appendChild(host);

  return {
    close() {
      window.removeEventListener('keydown', onKeyDown, true);
      host.remove();
      if (previousFocus && previousFocus !== document.body && previousFocus.isConnected) {
        previousFocus.focus({ preventScroll: true });
      }
    },
  };
}
