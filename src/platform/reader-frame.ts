/**
 * The reader's place in the page: an extension page in a full-viewport iframe, in a <dialog> inside a
 * closed shadow root. The page cannot read the iframe (another origin) nor reach into the closed root.
 * The dialog is shown as a popover, in the browser's top layer above any z-index, and not as a modal
 * dialog: making the page inert costs a style pass over the whole page, 0.43 s to open and close on a
 * 100,000-node page in Chromium (77 ms on an ordinary 10,000-element page), against 0.1 ms for a popover.
 * Only when the page has a modal dialog of its own open, which makes a popover inert too, does the reader
 * go up as a modal dialog. Focus that wanders out to the page (Tab past the reader's last control)
 * comes back to the reader. Inline `!important` styles on the host win over any page stylesheet. A page
 * that restyles, hides or removes the host, or opens its own popover or modal dialog over it, is undone
 * at once; one that keeps fighting gets the reader closed, so it never sits hidden or covered. Closing
 * removes the host and nothing else: the page's own DOM, styles and scroll position are never changed.
 */
import browser from 'webextension-polyfill';
import { POSITION_WRITTEN, WRITE_DOWN_POSITION } from '../shared/frame-signals';
import { PAGES } from './navigation';

const HOST_TAG = 'lectern-reader';
/** The highest z-index browsers honour, for a browser without <dialog> top layer support. */
const TOP_Z = '2147483647';
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: '0',
  width: '100vw',
  height: '100vh',
  'z-index': TOP_Z,
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
  overflow: 'hidden',
  background: 'transparent',
};
const DIALOG_STYLE =
  'all:initial;display:block;position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;background:transparent;overflow:hidden';
/** The dialog's backdrop stays clear: the reader's own page paints the whole viewport. */
const SHADOW_CSS = 'dialog::backdrop{background:transparent}';
/** A page undoing the reader more often than this in a second is fighting it: the reader closes rather than fight on. */
const MAX_RESTORES_PER_SECOND = 30;
/** How long closing waits for the reader to write down where it was scrolled to: closing is never held up for long. */
const WRITE_DOWN_WAIT_MS = 300;

export interface ReaderFrame {
  /**
   * Asks the reader to write down where it was scrolled to, resolving once it has or after
   * WRITE_DOWN_WAIT_MS: a scroll just before closing would otherwise be lost with the frame.
   */
  writeDownPosition(): Promise<void>;
  close(): void;
}

export function mountReaderFrame(onEscape: () => void): ReaderFrame {
  const previousFocus = document.activeElement as HTMLElement | null;
  const host = document.createElement(HOST_TAG);
  const applyHostStyle = (): void => {
    host.removeAttribute('style');
    for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  };
  applyHostStyle();
  const expectedStyle = host.getAttribute('style');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = SHADOW_CSS;
  const dialog = document.createElement('dialog');
  dialog.setAttribute('style', DIALOG_STYLE);
  dialog.setAttribute('aria-label', 'Lectern reader');
  // Shown as a popover, yet modal to assistive technology: the page behind is not part of the reader.
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('popover', 'manual');
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(PAGES.reader);
  frame.title = 'Lectern reader';
  frame.setAttribute('style', 'all:initial;display:block;width:100%;height:100%;border:0;margin:0;background:transparent');
  // Focus into the reader's document once it is there: the iframe element took focus when the reader went
  // up, before its (cross-process) document existed, and focusing it again would change nothing.
  frame.addEventListener(
    'load',
    () => {
      frame.focus({ preventScroll: true });
      frame.contentWindow?.focus();
    },
    { once: true },
  );
  dialog.appendChild(frame);
  root.append(style, dialog);

  let closed = false;
  const popoverOpen = (): boolean => {
    try {
      return dialog.matches(':popover-open');
    } catch {
      return false; // no popover support
    }
  };
  const shown = (): boolean => dialog.open || popoverOpen();
  /**
   * Into the top layer, above everything there, with focus: again whenever the page puts something of its
   * own on top. A modal dialog of the page's makes a popover inert (it cannot take focus), wherever the
   * dialog is, shadow roots included: then, and only then, the reader goes up as a modal dialog itself.
   */
  const raise = (): void => {
    try {
      if (dialog.open) dialog.close();
      if (popoverOpen()) dialog.hidePopover();
      if (typeof dialog.showPopover === 'function') {
        dialog.showPopover();
        frame.focus({ preventScroll: true });
        if (document.activeElement === host) return;
        dialog.hidePopover();
      }
      dialog.showModal();
      frame.focus({ preventScroll: true });
    } catch {
      // No <dialog> support, or the host is not connected: the host's z-index still holds.
    }
  };
  // Esc in the reader's dialog, when it is modal, is the user closing the reader (the dialog itself must not close alone).
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    onEscape();
  });

  // Esc while focus is still on the page (before the frame loads). Only a real key press: a page cannot
  // close the reader by dispatching a synthetic Escape.
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && event.isTrusted) {
      event.stopImmediatePropagation();
      event.preventDefault();
      onEscape();
    }
  };
  window.addEventListener('keydown', onKeyDown, true);

  let restores = 0;
  let windowStart = Date.now();
  /** Counts each undoing of the page's interference; false (and the reader closes) once the page is fighting. */
  const mayRestore = (): boolean => {
    if (closed) return false;
    if (Date.now() - windowStart > 1000) {
      windowStart = Date.now();
      restores = 0;
    }
    if (++restores <= MAX_RESTORES_PER_SECOND) return true;
    onEscape();
    return false;
  };

  // Another popover or modal dialog opened by the page would cover the reader.
  const onToggle = (event: Event): void => {
    if (event.target !== host && (event as Event & { newState?: string }).newState === 'open' && mayRestore()) raise();
  };
  document.addEventListener('toggle', onToggle, true);
  // Focus on the page while the reader is open: Tab past the reader's last control, or a modal dialog the
  // page opened without a toggle event (older engines, or in a shadow root, whose toggle does not leave
  // it). The reader goes back on top and takes focus back.
  const onFocusIn = (event: FocusEvent): void => {
    if (event.target !== host && event.isTrusted && mayRestore()) raise();
  };
  document.addEventListener('focusin', onFocusIn, true);

  const guard = new MutationObserver(() => {
    const tampered = host.getAttribute('style') !== expectedStyle || host.parentNode !== document.documentElement || host.hasAttribute('hidden') || host.hasAttribute('inert') || !shown();
    if (!tampered || !mayRestore()) return;
    host.removeAttribute('hidden');
    host.removeAttribute('inert');
    if (host.getAttribute('style') !== expectedStyle) applyHostStyle();
    if (host.parentNode !== document.documentElement) document.documentElement.appendChild(host);
    raise();
  });
  document.documentElement.appendChild(host);
  raise();
  guard.observe(host, { attributes: true });
  guard.observe(document.documentElement, { childList: true });

  return {
    writeDownPosition() {
      const reader = frame.contentWindow;
      if (!reader) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          window.removeEventListener('message', onMessage);
          resolve();
        };
        const onMessage = (event: MessageEvent): void => {
          if (event.source === reader && event.data === POSITION_WRITTEN) done();
        };
        const timer = setTimeout(done, WRITE_DOWN_WAIT_MS);
        window.addEventListener('message', onMessage);
        // Only to the reader's own origin: the extension's (an extension URL's origin, which URL does not give).
        reader.postMessage(WRITE_DOWN_POSITION, browser.runtime.getURL('').replace(/\/$/, ''));
      });
    },
    close() {
      closed = true;
      guard.disconnect();
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('toggle', onToggle, true);
      document.removeEventListener('focusin', onFocusIn, true);
      if (dialog.open) dialog.close();
      if (popoverOpen()) dialog.hidePopover();
      host.remove();
      if (previousFocus && previousFocus !== document.body && previousFocus.isConnected) {
        previousFocus.focus({ preventScroll: true });
      }
    },
  };
}
