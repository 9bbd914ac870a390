/**
 * Hostile pages (issue 7, SECURITY.md), in Chromium and Firefox with the built extension, pages served on
 * 127.0.0.1: XSS vectors in the open reader and in the saved copy, the page against the reader,
 * a good guest while closed, and odd documents.
 */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { READER_SHOWN, openReader as openReaderIn, poll, type Tab } from '../support/driver';
import { OWN_PAGES } from '../support/paths';
import { BROWSERS, useBrowserSession } from '../support/session';

const XSS_PAGE = '/pages/hostile/xss-article.html';
const HOSTILE_TITLE = `<img src=x onerror="window.__lecternPwned='og-title'"> Harbour council votes to rebuild the old sea wall`;
const PLAIN_ARTICLE = '/pages/library/glacier-melt.html';

/** Runs in a reader document (the frame or a saved copy): everything in the story that could run, load, submit or cover. */
const AUDIT_STORY = `(() => {
  const FORBIDDEN = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link', 'style', 'svg', 'template', 'noscript', 'portal', 'video', 'audio', 'source', 'track', 'marquee', 'details', 'dialog'];
  const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'srcset', 'data', 'background', 'action', 'xlink:href'];
  const story = document.querySelector('.story');
  const findings = [];
  for (const el of story.querySelectorAll('*')) {
    const tag = el.localName;
    if (FORBIDDEN.includes(tag)) findings.push('<' + tag + '>');
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on') || ['style', 'srcdoc', 'formaction', 'ping', 'xlink:href'].includes(name)) findings.push(tag + '@' + name);
      if (URL_ATTRIBUTES.includes(name) && !/^(https?:|mailto:)/.test(value)) findings.push(tag + '@' + name + '=' + value.slice(0, 40));
    }
    const position = getComputedStyle(el).position;
    if (position === 'fixed' || position === 'absolute' || position === 'sticky') findings.push(tag + ' position:' + position);
  }
  const title = document.querySelector('.story .title');
  return {
    findings,
    pwned: window.__lecternPwned ?? null,
    title: title.textContent,
    titleElements: title.children.length,
    text: story.innerText,
    origin: location.protocol,
    original: document.querySelector('.story a.original').getAttribute('href'),
  };
})()`;

type Audit = { findings: string[]; pwned: unknown; title: string; titleElements: number; text: string; origin: string; original: string };

/** The page claims other URLs (<base>, canonical, og:url): the reader and the saved copy name the tab's real one. */
function expectClean(audit: Audit, tabUrl: string): void {
  expect(audit.original).toBe(tabUrl);
  expect(audit.findings).toEqual([]);
  expect(audit.pwned).toBeNull();
  expect(audit.title).toBe(HOSTILE_TITLE);
  expect(audit.titleElements).toBe(0);
  expect(audit.text).toContain('Work is expected to begin in March');
  expect(audit.text).toContain('The council will publish the engineers');
  expect(audit.origin).toMatch(/^(chrome|moz)-extension:$/);
}

for (const [name, makeDriver] of BROWSERS) {
  describe(`${name}: hostile pages`, () => {
    const session = useBrowserSession(makeDriver);

    const openWithBadge = async (path: string): Promise<Tab> => {
      const tab = await session.driver.openPage(session.server.url(path));
      await poll(async () => (await session.driver.badgeText(tab)) === '✓', `the badge on ${path}`);
      return tab;
    };
    const openReader = (tab: Tab) => openReaderIn(session.driver, tab);
    const settle = () => new Promise((r) => setTimeout(r, 1500));

    it('shows the story and none of dozens of XSS vectors in the open reader: nothing runs, loads or covers', async () => {
      const tab = await openWithBadge(XSS_PAGE);
      expect(await session.driver.evaluate(tab, 'window.__pagePwnedItself')).toBe(true); // the page's own scripts do run, in the page
      session.server.clearHits();
      await openReader(tab);
      await settle();
      expectClean(await session.driver.evaluateInReader<Audit>(tab, AUDIT_STORY), session.server.url(XSS_PAGE));
      expect(session.server.hits()).toEqual([]);
      await session.driver.closeTab(tab);
    });

    it('keeps them out of the saved copy opened from the reading list', async () => {
      const tab = await openWithBadge(XSS_PAGE);
      await openReader(tab);
      await session.driver.evaluateInReader(tab, `document.querySelector('button.save').click()`);
      await poll(async () => (await session.driver.evaluateInReader<string>(tab, `document.querySelector('button.save').textContent`)).startsWith('Saved'), 'the save');
      await session.driver.closeTab(tab);
      session.server.clearHits();
      const list = await session.driver.openExtensionPage('src/entries/list.html', '.item-title');
      // Titles are text in the list too.
      const item = await session.driver.evaluate<{ text: string; elements: number }>(list, `(() => { const a = [...document.querySelectorAll('.item-title')].find((a) => a.textContent.includes('sea wall')); return { text: a.textContent, elements: a.children.length }; })()`);
      expect(item).toEqual({ text: HOSTILE_TITLE, elements: 0 });
      await session.driver.evaluate(list, `[...document.querySelectorAll('.item-title')].find((a) => a.textContent.includes('sea wall')).click()`);
      await poll(() => session.driver.evaluate<boolean>(list, `!!document.querySelector('.story .title')`), 'the saved copy');
      await settle();
      expectClean(await session.driver.evaluate<Audit>(list, AUDIT_STORY), session.server.url(XSS_PAGE));
      expect(session.server.hits()).toEqual([]);
      await session.driver.closeTab(list);
    });

    it('cannot be read, restyled, covered, closed or driven by the page', async () => {
      const tab = await openWithBadge(PLAIN_ARTICLE);
      await openReader(tab);
      const host = `document.querySelector('lectern-reader')`;
      const onTop = `(() => { const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2); return el === ${host}; })()`;
      const visible = `(() => { const s = getComputedStyle(${host}); return s.display === 'block' && s.visibility === 'visible' && s.opacity === '1' && ${host}.getBoundingClientRect().width >= innerWidth - 1; })()`;

      // Read: the shadow root is closed and the frame is another origin.
      const reach = await session.driver.evaluate<{ shadow: boolean; frameRead: string }>(tab, `(() => {
        const out = { shadow: ${host}.shadowRoot !== null, frameRead: 'none' };
        for (let i = 0; i < window.frames.length; i++) { try { out.frameRead = String(window.frames[i].document.body.innerText.length); } catch (e) { out.frameRead = e.name; } }
        return out;
      })()`);
      expect(reach.shadow).toBe(false);
      expect(reach.frameRead).not.toMatch(/^\d+$/);

      // Restyle with a stylesheet, then cover with the highest z-index, then with the page's own top-layer popover and modal dialogs.
      await session.driver.evaluate(tab, `(() => {
        const style = document.createElement('style');
        style.textContent = 'lectern-reader { display: none !important; opacity: 0 !important; visibility: hidden !important; transform: scale(0) !important; }';
        document.head.append(style);
        const cover = document.createElement('div');
        cover.setAttribute('style', 'position: fixed; inset: 0; z-index: 2147483647; background: red');
        document.documentElement.append(cover);
      })()`);
      await poll(() => session.driver.evaluate<boolean>(tab, `${visible} && ${onTop}`), 'the reader visible and on top after a stylesheet and a cover');
      await session.driver.evaluate(tab, `(() => {
        const pop = document.createElement('div');
        pop.popover = 'manual';
        pop.setAttribute('style', 'position: fixed; inset: 0; width: 100vw; height: 100vh; background: blue');
        document.body.append(pop);
        pop.showPopover();
        const dialog = document.createElement('dialog');
        dialog.setAttribute('style', 'width: 100vw; height: 100vh; max-width: none; max-height: none');
        document.body.append(dialog);
        dialog.showModal();
      })()`);
      await poll(() => session.driver.evaluate<boolean>(tab, onTop), "the reader on top of the page's popover and modal dialog");
      // A modal dialog inside the page's own shadow root (the others closed first): no toggle event leaves it, and no selector finds it.
      await session.driver.evaluate(tab, `(() => {
        for (const open of document.querySelectorAll('dialog[open]')) open.close();
        const shadowHost = document.createElement('div');
        document.body.append(shadowHost);
        const dialog = document.createElement('dialog');
        dialog.setAttribute('style', 'width: 100vw; height: 100vh; max-width: none; max-height: none; background: green');
        dialog.innerHTML = '<button>Take focus</button>';
        shadowHost.attachShadow({ mode: 'closed' }).append(dialog);
        dialog.showModal();
      })()`);
      await poll(() => session.driver.evaluate<boolean>(tab, onTop), "the reader on top of a modal dialog in the page's shadow root");

      // Tamper with the host itself: inline style, hidden, removal.
      await session.driver.evaluate(tab, `(() => { ${host}.style.setProperty('display', 'none', 'important'); ${host}.setAttribute('hidden', ''); })()`);
      await poll(() => session.driver.evaluate<boolean>(tab, `${visible} && ${onTop}`), 'the reader restored after inline tampering');
      await session.driver.evaluate(tab, `(() => { ${host}.remove(); })()`);
      await poll(() => session.driver.evaluate<boolean>(tab, `${visible} && ${onTop}`), 'the reader put back after removal');

      // Close or drive it: a synthetic Escape, messages posted to the page and to the frame, the extension's runtime.
      const driven = await session.driver.evaluate<{ runtime: boolean }>(tab, `(() => {
        for (const target of [window, document, document.body]) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        window.postMessage({ type: 'reader:close', payload: {} }, '*');
        window.postMessage({ type: 'reader:save', payload: {} }, '*');
        for (let i = 0; i < window.frames.length; i++) window.frames[i].postMessage({ type: 'reader:save', payload: {} }, '*');
        // The closing signals themselves (src/shared/frame-signals.ts): they close nothing.
        for (let i = 0; i < window.frames.length; i++) window.frames[i].postMessage('lectern:write-down-position', '*');
        window.postMessage('lectern:position-written', '*');
        let runtime = false;
        try { runtime = typeof chrome !== 'undefined' && !!(chrome.runtime && chrome.runtime.sendMessage); } catch { runtime = false; }
        return { runtime };
      })()`);
      expect(driven.runtime).toBe(false);
      await settle();
      expect(await session.driver.hasReaderFrame(tab)).toBe(true);
      expect(await session.driver.evaluateInReader<string>(tab, `document.querySelector('button.save').textContent`)).toBe('Save');

      // A page that keeps fighting gets the reader closed rather than hidden.
      await session.driver.evaluate(tab, `(() => { setInterval(() => { const h = ${host}; if (h) h.style.setProperty('opacity', '0', 'important'); }, 1); })()`);
      await poll(async () => !(await session.driver.hasReaderFrame(tab)), 'the reader to close rather than stay hidden');
      await session.driver.closeTab(tab);
    });

    it('leaves a page alone while closed: no change to its document or its storage', async () => {
      const tab = await openWithBadge('/pages/odd/watchful.html');
      await settle();
      const watched = await session.driver.evaluate<{ mutations: string[]; same: boolean }>(tab, `({ mutations: window.__mutations, same: window.__storageAtStart === JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }) })`);
      expect(watched).toEqual({ mutations: [], same: true });
      // Open and close: one element added to the end of the document, then removed; nothing else.
      await openReader(tab);
      await session.driver.evaluate(tab, `document.documentElement.focus()`);
      await session.driver.clickToolbarButton(tab);
      await poll(async () => !(await session.driver.hasReaderFrame(tab)), 'the reader to close');
      const after = await session.driver.evaluate<string[]>(tab, 'window.__mutations');
      expect(after.every((m) => /^childList:HTML:(LECTERN-READER)?$/i.test(m))).toBe(true);
      await session.driver.closeTab(tab);
    });

    const oddDocuments: [string, () => string][] = [
      ['a page under the strictest CSP', () => session.server.url('/csp/library/glacier-melt.html')],
      ['a frameset', () => session.server.url('/pages/odd/frameset.html')],
      ['an XML feed', () => session.server.url('/pages/odd/feed.xml')],
      ['an SVG document', () => session.server.url('/pages/odd/drawing.svg')],
      ['an XHTML document without a body', () => session.server.url('/pages/odd/no-body.xhtml')],
      ['about:blank', () => 'about:blank'],
      ["a PDF in the browser's viewer", () => session.server.url('/pages/odd/sample.pdf')],
      ['a file:// page', () => pathToFileURL(join(OWN_PAGES, 'library', 'glacier-melt.html')).href],
    ];
    for (const [what, url] of oddDocuments) {
      it(`${what}: the toolbar button answers (the reader, or why not) and nothing breaks`, async () => {
        const tab = await session.driver.openPage(url());
        await settle();
        // The PDF is shown by the browser's own viewer (Chromium's plugin document, Firefox's pdf.js), not downloaded.
        if (what.includes('PDF')) expect(await session.driver.evaluate<string>(tab, 'document.contentType')).toBe('application/pdf');
        const before = await session.driver.evaluate<string>(tab, `document.documentElement ? document.documentElement.outerHTML.length + ':' + document.title : 'none'`).catch(() => 'unreadable');
        await session.driver.clickToolbarButton(tab);
        // Either the reader opens (with the story or the reason it has none) or the button says why it cannot.
        const answer = await poll(async () => {
          if (await session.driver.hasReaderFrame(tab)) {
            return (await session.driver.evaluateInReader<boolean>(tab, READER_SHOWN)) ? 'reader' : null;
          }
          return (await session.driver.badgeText(tab)) === '—' ? 'explained' : null;
        }, `an answer on ${what}`);
        expect(['reader', 'explained']).toContain(answer);
        if (answer === 'reader') {
          await session.driver.clickToolbarButton(tab);
          await poll(async () => !(await session.driver.hasReaderFrame(tab)), 'the reader to close');
        }
        const after = await session.driver.evaluate<string>(tab, `document.documentElement ? document.documentElement.outerHTML.length + ':' + document.title : 'none'`).catch(() => 'unreadable');
        expect(after).toBe(before);
        await session.driver.closeTab(tab);
      });
    }
  });
}
