/**
 * The built extension in Debian's Chromium, on pages served from 127.0.0.1: badge, toolbar toggle,
 * reader content against truth.json, Esc leaves the page as it was, save → reading list → restart →
 * offline, options → live theme, and the shortcut bound.
 */
/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { badgeText, clickToolbarButton, launchChromium, type ChromiumSession } from '../support/chromium';
import { SEED_DIR, SEED_MISSING, hasSeed, type SeedTruth } from '../support/paths';
import { SEED_PATH, startServer, type PageServer } from '../support/server';
import { SNAPSHOT_SCRIPT, expectSeedReader, type ReaderSnapshot } from '../support/reader-checks';

const truth: SeedTruth | null = hasSeed ? JSON.parse(readFileSync(join(SEED_DIR, 'truth.json'), 'utf8')) : null;
/** The seed when ../shared is there; otherwise our own article, so the browser tests still run. */
const ARTICLE_PATH = hasSeed ? SEED_PATH : '/pages/article-en.html';
const READER_PAGE = 'src/entries/reader.html';

let server: PageServer;
let session: ChromiumSession;

async function poll<T>(read: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function readerFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().includes(READER_PAGE));
}

async function openReader(page: Page): Promise<Frame> {
  await clickToolbarButton(session, page);
  const frame = await poll(async () => readerFrame(page), 'the reader frame');
  await frame.waitForSelector('.story .title, .notice.error');
  return frame;
}

async function readerIsClosed(page: Page): Promise<boolean> {
  return !readerFrame(page) && (await page.evaluate(() => document.querySelector('lectern-reader') === null));
}

async function openArticle(path = ARTICLE_PATH): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  await poll(async () => (await badgeText(session, page)) !== undefined, 'the page to be read');
  return page;
}

beforeAll(async () => {
  if (!hasSeed) console.warn(`${SEED_MISSING}; using test/pages/article-en.html instead`);
  server = await startServer();
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium', () => {
  it('binds the default shortcut (Alt+Shift+Y) to the reader toggle', async () => {
    const commands = await session.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBe('Alt+Shift+Y');
  });

  it('badges an article and not a section front', async () => {
    const article = await openArticle();
    await poll(async () => (await badgeText(session, article)) === '✓', 'the article badge');
    const front = await openArticle('/pages/section-front.html');
    await new Promise((r) => setTimeout(r, 500));
    expect(await badgeText(session, front)).toBe('');
    await front.close();
    await article.close();
  });

  it.skipIf(!hasSeed)('shows the seed story as truth.json says', async () => {
    const page = await openArticle();
    const frame = await openReader(page);
    const snapshot = (await frame.evaluate(SNAPSHOT_SCRIPT)) as ReaderSnapshot;
    expectSeedReader(snapshot, truth!);
    await page.close();
  });

  it('closes on Esc and on the toolbar button, leaving the page exactly as it was, scroll included', async () => {
    const page = await openArticle();
    await page.evaluate(() => window.scrollTo(0, 700));
    const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
    expect(before.y).toBeGreaterThan(0);

    const frame = await openReader(page);
    await frame.locator('body').press('Escape');
    await poll(() => readerIsClosed(page), 'the reader to close on Esc');
    expect(await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }))).toEqual(before);

    await openReader(page);
    await clickToolbarButton(session, page);
    await poll(() => readerIsClosed(page), 'the reader to close on the toolbar button');
    expect(await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }))).toEqual(before);
    await page.close();
  });

  it('follows the options page at once: theme and text size', async () => {
    const page = await openArticle();
    const frame = await openReader(page);
    const optionsPromise = session.context.waitForEvent('page');
    await frame.click('button.open-options');
    const options = await optionsPromise;
    await options.waitForSelector('fieldset.theme');
    expect(options.url()).toContain('src/entries/options.html');
    expect(await options.textContent('.current-shortcut')).toBe('Alt+Shift+Y');

    await options.check('input[value="dark"]');
    await poll(async () => (await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)) === 'rgb(28, 28, 30)', 'the dark theme in the reader');
    await options.check('input[value="sepia"]');
    await poll(async () => (await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)) === 'rgb(244, 236, 216)', 'the sepia theme in the reader');
    await options.selectOption('.font-size select', '24');
    await poll(async () => (await frame.evaluate(() => getComputedStyle(document.querySelector('.story')!).fontSize)) === '24px', 'the new text size');
    await options.check('input[value="light"]');
    await poll(async () => (await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)) === 'rgb(255, 255, 255)', 'the light theme');
    await options.close();
    await page.close();
  });

  it('saves the article, lists it, keeps it across a restart and opens it offline', async () => {
    const page = await openArticle();
    const frame = await openReader(page);
    const title = (await frame.textContent('.story .title'))!;
    await frame.click('button.save');
    await poll(async () => (await frame.textContent('button.save')) === 'Saved', 'the save to finish');

    const listPromise = session.context.waitForEvent('page');
    await frame.click('button.open-list');
    const list = await listPromise;
    await list.waitForSelector('.item-title');
    expect(await list.textContent('.item-title')).toBe(title);

    const profileDir = session.profileDir;
    await session.close();
    session = await launchChromium({ profileDir });

    const listAgain = await session.context.newPage();
    await listAgain.goto(`chrome-extension://${session.extensionId}/src/entries/list.html`);
    await listAgain.waitForSelector('.item-title');
    expect(await listAgain.locator('.item').count()).toBe(1);
    await session.context.setOffline(true);
    await listAgain.click('.item-title');
    await listAgain.waitForSelector('.story .title');
    expect(await listAgain.textContent('.story .title')).toBe(title);
    const story = await listAgain.locator('.story').innerText();
    if (truth) for (const snippet of truth.mustInclude) expect(story).toContain(snippet);
    await session.context.setOffline(false);
  });
});
