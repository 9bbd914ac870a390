/**
 * The keyboard shortcut with real key events: headed browsers on a virtual X display, Alt+Shift+Y
 * typed by xdotool, the reader opening and closing in the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll, READER_PAGE } from '../support/driver';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { findFrameContext, launchFirefox, topLevelContexts, type FirefoxSession } from '../support/firefox';
import { hasSeed } from '../support/paths';
import { SEED_PATH, startServer, type PageServer } from '../support/server';
import { startVirtualDisplay, type VirtualDisplay } from '../support/xvfb';

const ARTICLE_PATH = hasSeed ? SEED_PATH : '/pages/article-en.html';
const SHORTCUT = 'alt+shift+y';

let display: VirtualDisplay;
let server: PageServer;

beforeAll(async () => {
  display = await startVirtualDisplay();
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
  await display?.close();
});

describe('keyboard shortcut, real X key events', () => {
  it('opens and closes the reader in Chromium', async () => {
    let session: ChromiumSession | null = null;
    try {
      session = await launchChromium({ headless: false, env: display.env });
      const page = await session.context.newPage();
      await page.goto(server.url(ARTICLE_PATH));
      await page.bringToFront();
      await new Promise((r) => setTimeout(r, 500));
      const readerOpen = () => page.frames().some((f) => f.url().includes(READER_PAGE));

      await display.pressKeys('chromium', SHORTCUT);
      await poll(async () => readerOpen(), 'the reader to open on Alt+Shift+Y');
      const frame = page.frames().find((f) => f.url().includes(READER_PAGE))!;
      await frame.waitForSelector('.story .title');

      await display.pressKeys('chromium', SHORTCUT);
      await poll(async () => !readerOpen(), 'the reader to close on Alt+Shift+Y');
      expect(await page.evaluate(() => document.querySelector('lectern-reader'))).toBeNull();
    } finally {
      await session?.close();
    }
  });

  it('opens and closes the reader in Firefox', async () => {
    let session: FirefoxSession | null = null;
    try {
      session = await launchFirefox({ headless: false, env: display.env });
      const page = await session.browser.newPage();
      const url = server.url(ARTICLE_PATH);
      await page.goto(url);
      await page.bringToFront();
      const tab = (await topLevelContexts(session)).find((c) => c.url === url)!.context;
      await new Promise((r) => setTimeout(r, 500));
      const readerOpen = async () => (await findFrameContext(session!, tab, READER_PAGE)) !== null;

      await display.pressKeys('firefox', SHORTCUT);
      await poll(readerOpen, 'the reader to open on Alt+Shift+Y');
      await display.pressKeys('firefox', SHORTCUT);
      await poll(async () => !(await readerOpen()), 'the reader to close on Alt+Shift+Y');
      expect(await page.evaluate(() => document.querySelector('lectern-reader'))).toBeNull();
    } finally {
      await session?.close();
    }
  });
});
