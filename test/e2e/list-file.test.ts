/**
 * The reading list moves out to a file and back in (issue 5), in both browsers with the built extension
 * and the browser's real IndexedDB: articles saved from the reader, exported, deleted, imported back
 * with nothing lost, imported again without duplicates; a broken file changes nothing and says why;
 * a file with a bad article and a hostile title imports the rest and shows the title as text. The list
 * also goes out as bookmarks, CSV and Markdown, and the first two come back in with its list state;
 * Omnivore's zip comes in with its stories readable offline.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { SavedArticle } from '../../src/shared/saved';
import { openReader, poll } from '../support/driver';
import { BROWSERS, useBrowserSession } from '../support/session';
import { importBytes, importText } from '../support/list-page';

const PAGES = ['/pages/library/glacier-melt.html', '/pages/library/sourdough.html'];
const LIST = 'src/entries/list.html';
/** The export's content: the page's own Blob, caught on its way to the download link. */
const EXPORT = `(async () => {
  let blob = null;
  const original = URL.createObjectURL;
  URL.createObjectURL = (b) => { blob = b; return original.call(URL, b); };
  document.querySelector('button.export-list').click();
  for (let i = 0; i < 100 && !blob; i++) await new Promise((r) => setTimeout(r, 50));
  URL.createObjectURL = original;
  if (!blob) throw new Error('no export: ' + (document.querySelector('.notice.report')?.textContent ?? 'no report'));
  return blob.text();
})()`;
/** An export in another format: the file's text, or its bytes as base64 for the Markdown zip. */
const exportAs = (format: 'bookmarks' | 'csv' | 'markdown'): string => `(async () => {
  let blob = null;
  const original = URL.createObjectURL;
  URL.createObjectURL = (b) => { blob = b; return original.call(URL, b); };
  const select = document.querySelector('select[name="export-format"]');
  select.value = ${JSON.stringify(format)};
  document.querySelector('button.export-list').click();
  select.value = 'json';
  for (let i = 0; i < 100 && !blob; i++) await new Promise((r) => setTimeout(r, 50));
  URL.createObjectURL = original;
  if (!blob) throw new Error('no ${format} export: ' + (document.querySelector('.notice.report')?.textContent ?? 'no report'));
  if (${JSON.stringify(format)} !== 'markdown') return blob.text();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
})()`;
const ITEMS = `document.querySelectorAll('.item').length`;
const REPORT = `document.querySelector('.notice.report')?.textContent ?? ''`;

describe.each(BROWSERS)('%s', (_name, makeDriver) => {
  const session = useBrowserSession(makeDriver);

  it('exports the whole list and imports it back with nothing lost; a broken or hostile file changes nothing it should not', async () => {
    for (const path of PAGES) {
      const tab = await session.driver.openPage(session.server.url(path));
      await poll(async () => (await session.driver.badgeText(tab)) === '✓', `the badge on ${path}`);
      await openReader(session.driver, tab);
      await session.driver.evaluateInReader(tab, `document.querySelector('button.save').click()`);
      await poll(async () => (await session.driver.evaluateInReader<string>(tab, `document.querySelector('button.save').textContent`)).startsWith('Saved'), 'the save');
      await session.driver.closeTab(tab);
    }
    const list = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    await poll(async () => (await session.driver.evaluate<number>(list, ITEMS)) === 2, 'two saved articles');
    const exported = await session.driver.evaluate<string>(list, EXPORT);
    const first = JSON.parse(exported) as { format: string; version: number; articles: SavedArticle[] };
    expect(first).toMatchObject({ format: 'lectern-library', version: 1 });
    expect(first.articles.map((a) => a.url).sort()).toEqual(PAGES.map((p) => session.server.url(p)).sort());
    expect(first.articles.every((a) => a.contentHtml.length > 100 && a.textContent.length > 100)).toBe(true);

    // Delete everything, import the file: the same list, field for field.
    await session.driver.evaluate(list, `document.querySelectorAll('.item button.delete').forEach((b) => b.click())`);
    await poll(async () => (await session.driver.evaluate<number>(list, ITEMS)) === 0, 'the list emptied');
    await session.driver.evaluate(list, importText(exported));
    await poll(async () => (await session.driver.evaluate<string>(list, REPORT)).includes('2 added'), 'the import report');
    await poll(async () => (await session.driver.evaluate<number>(list, ITEMS)) === 2, 'the articles back');
    const again = JSON.parse(await session.driver.evaluate<string>(list, EXPORT)) as typeof first;
    const byUrl = (articles: SavedArticle[]) => [...articles].sort((a, b) => a.url.localeCompare(b.url));
    expect(byUrl(again.articles)).toEqual(byUrl(first.articles));

    // The same file again: nothing duplicated.
    await session.driver.evaluate(list, importText(exported));
    await poll(async () => (await session.driver.evaluate<string>(list, REPORT)).includes('0 added, 0 updated, 2 already up to date'), 'the second report');
    expect(await session.driver.evaluate<number>(list, ITEMS)).toBe(2);

    // A file that is not a reading list: refused, the list unchanged.
    await session.driver.evaluate(list, importText('{"format":"pocket","articles":[]}'));
    await poll(async () => (await session.driver.evaluate<string>(list, REPORT)).includes('Nothing was imported'), 'the refusal');
    expect(await session.driver.evaluate<number>(list, ITEMS)).toBe(2);

    // A bad article beside a good one whose title is HTML: the good one imported, its title text.
    const hostileTitle = '<img src=x onerror="window.__pwned=1"> A hostile title';
    const good = { ...first.articles[0]!, url: session.server.url('/pages/imported.html'), id: 'ignored', title: hostileTitle };
    const bad = { ...first.articles[0]!, url: 'javascript:alert(1)' };
    await session.driver.evaluate(list, importText(JSON.stringify({ ...first, articles: [bad, good] })));
    await poll(async () => (await session.driver.evaluate<string>(list, REPORT)).includes('1 added'), 'the partial import');
    expect(await session.driver.evaluate<string>(list, REPORT)).toContain('1 skipped: article 1: "url" is not a web address');
    await poll(async () => (await session.driver.evaluate<number>(list, ITEMS)) === 3, 'the good article listed');
    const shown = await session.driver.evaluate<{ text: string; images: number; pwned: unknown }>(list, `(() => {
      const title = [...document.querySelectorAll('.item-title')].find((a) => a.textContent.includes('A hostile title'));
      return { text: title.textContent, images: document.querySelectorAll('.item img').length, pwned: window.__pwned ?? null };
    })()`);
    expect(shown).toEqual({ text: hostileTitle, images: 0, pwned: null });
    await session.driver.closeTab(list);
  });

  it("imports Pocket's export: links listed and marked, one already saved keeps its text and gains the tags, a link opens to a notice", async () => {
    const list = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    await poll(async () => (await session.driver.evaluate<number>(list, ITEMS)) === 3, 'the list as the last test left it');
    const saved = session.server.url(PAGES[0]!);
    const csv = `title,url,time_added,tags,status\nGlacier story,${saved},1700000000,climate|alps,archive\nA Pocket link,https://pocket-only.example/story,1700000100,reading,unread\n`;
    const zip = zipSync({
      'part_000000.csv': strToU8(csv),
      'annotations/part_000000.json': strToU8(JSON.stringify([{ url: 'https://pocket-only.example/story', highlights: [{ quote: 'A passage', created_at: 1700000200 }] }])),
    });
    await session.driver.evaluate(list, importBytes(zip, 'pocket.zip'));
    await poll(async () => (await session.driver.evaluate<string>(list, REPORT)).includes('1 added, 1 updated'), 'the Pocket import report');
    await poll(async () => (await session.driver.evaluate<number>(list, ITEMS)) === 4, 'the Pocket link listed');
    const exported = JSON.parse(await session.driver.evaluate<string>(list, EXPORT)) as { articles: SavedArticle[] };
    const glacier = exported.articles.find((a) => a.url === saved)!;
    expect(glacier.contentStatus).toBe('stored');
    expect(glacier.textContent.length).toBeGreaterThan(100);
    expect(glacier.tags).toEqual(expect.arrayContaining(['climate', 'alps']));
    const link = exported.articles.find((a) => a.url === 'https://pocket-only.example/story')!;
    expect(link).toMatchObject({ title: 'A Pocket link', contentStatus: 'missing', state: 'unread', tags: ['reading'], savedAt: '2023-11-14T22:15:00.000Z' });
    expect(link.highlights.map((h) => h.text)).toEqual(['A passage']);
    expect(await session.driver.evaluate<string>(list, `[...document.querySelectorAll('.item')].find((i) => i.textContent.includes('A Pocket link')).querySelector('.link-only')?.textContent ?? ''`)).toContain('link only');

    // The list's link opens the saved copy in the same tab.
    await session.driver.evaluate(list, `[...document.querySelectorAll('.item-title')].find((a) => a.textContent === 'A Pocket link').click()`);
    await poll(async () => (await session.driver.evaluate<string>(list, `document.querySelector('.content-missing')?.textContent ?? ''`)).includes('Imported as a link'), 'the notice for a link without its text');
    await session.driver.closeTab(list);
  });

  it('fetches the text of imported links in the background, with progress; a dead link stays a link', async () => {
    const list = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    const live = session.server.url('/pages/related/en-flood-news.html');
    const dead = session.server.url('/pages/nowhere-to-be-found.html');
    await session.driver.evaluate(list, importText(`URL,Title,Selection,Folder\n${live},Floods (from Instapaper),,Unread\n${dead},Gone,,Archive\n`));
    await poll(async () => (await session.driver.evaluate<string>(list, REPORT)).includes('2 added'), 'the Instapaper import');
    const notice = `document.querySelector('.notice.backfill')?.textContent ?? ''`;
    // The run that read these two links has finished: the notice of the last test's run (its one Pocket
    // link, "0 of 1") may still be there when this import starts, and would end the wait before this run.
    const finishedWithTheseLinks = /^Texts of imported links fetched: \d+ of ([2-9]|\d{2,});/;
    await poll(async () => finishedWithTheseLinks.test(await session.driver.evaluate<string>(list, notice)), 'the background fetch to finish', 60_000, 250);
    expect(await session.driver.evaluate<string>(list, notice)).toMatch(/could not be fetched/);
    const exported = JSON.parse(await session.driver.evaluate<string>(list, EXPORT)) as { articles: SavedArticle[] };
    const fetched = exported.articles.find((a) => a.url === live)!;
    expect(fetched).toMatchObject({ contentStatus: 'stored', state: 'unread' });
    expect(fetched.textContent.length).toBeGreaterThan(300);
    expect(fetched.title).not.toBe('Floods (from Instapaper)'); // the page's own title, now that it is read
    expect(exported.articles.find((a) => a.url === dead)).toMatchObject({ contentStatus: 'missing', state: 'archived', title: 'Gone' });
    await poll(async () => (await session.driver.evaluate<string>(list, `[...document.querySelectorAll('.item')].filter((i) => i.querySelector('.link-only')).map((i) => i.querySelector('.item-title').textContent).join('|')`)).includes('Gone'), 'the dead link still marked');
    await session.driver.closeTab(list);
  });

  it("saves a page's link from its menu, fetched and read in the background, and says when it cannot", async (context) => {
    if (!session.driver.clickLinkMenuItem) return context.skip(); // Chromium only: see the driver
    const tab = await session.driver.openPage(session.server.url('/pages/article-en.html'));
    await session.driver.clickLinkMenuItem(tab, 'lectern-save-link', session.server.url('/pages/library/glacier-ski.html'));
    await poll(async () => (await session.driver.badgeText(tab)) === '✓', 'the saved mark');
    const list = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    const exported = JSON.parse(await session.driver.evaluate<string>(list, EXPORT)) as { articles: SavedArticle[] };
    expect(exported.articles.find((a) => a.url === session.server.url('/pages/library/glacier-ski.html'))).toMatchObject({ contentStatus: 'stored' });
    await session.driver.closeTab(list);
    await session.driver.clickLinkMenuItem(tab, 'lectern-save-link', session.server.url('/pages/nowhere-to-be-found.html'));
    await poll(async () => (await session.driver.badgeText(tab)) === '!', 'the failure mark');
    await session.driver.closeTab(tab);
  });

  it('exports as bookmarks, CSV and Markdown; reads the CSV and the bookmarks back with the list state; shows the space used; imports Omnivore with its story', async () => {
    const list = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    await poll(async () => (await session.driver.evaluate<number>(list, ITEMS)) >= 5, 'the list as the last tests left it');
    await poll(async () => /^Space used: [\d.,]+\s?(kB|MB|GB)$/.test(await session.driver.evaluate<string>(list, `document.querySelector('.space-used')?.textContent ?? ''`)), 'the space used');
    const before = (JSON.parse(await session.driver.evaluate<string>(list, EXPORT)) as { articles: SavedArticle[] }).articles;
    const listState = (a: SavedArticle) => [a.url, a.title, a.state, a.favourite, [...a.tags].sort(), a.savedAt.slice(0, 19)];
    const states = (articles: SavedArticle[]) => articles.map(listState).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

    const csv = await session.driver.evaluate<string>(list, exportAs('csv'));
    expect(csv.split('\n')[0]).toBe('url,title,site,byline,lang,published,saved,state,favourite,tags,progress,words');
    const bookmarks = await session.driver.evaluate<string>(list, exportAs('bookmarks'));
    expect(bookmarks.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    for (const article of before) expect(bookmarks).toContain(`HREF="${article.url}"`);
    const markdown = unzipSync(Buffer.from(await session.driver.evaluate<string>(list, exportAs('markdown')), 'base64'));
    expect(Object.keys(markdown)).toHaveLength(before.length);
    expect(Object.values(markdown).some((file) => /^# .*Glacier|^# .*glacier/im.test(strFromU8(file)))).toBe(true);

    const deleteAll = async () => {
      await session.driver.evaluate(list, `document.querySelectorAll('.item button.delete').forEach((b) => b.click())`);
      await poll(async () => (await session.driver.evaluate<number>(list, ITEMS)) === 0, 'the list emptied');
    };
    for (const [file, name] of [[csv, 'list.csv'], [bookmarks, 'bookmarks.html']] as const) {
      await deleteAll();
      await session.driver.evaluate(list, importText(file, name, 'text/plain'));
      await poll(async () => (await session.driver.evaluate<number>(list, ITEMS)) === before.length, `the ${name} import listed`);
      expect(await session.driver.evaluate<string>(list, REPORT)).toContain(`${before.length} added`);
      const after = (JSON.parse(await session.driver.evaluate<string>(list, EXPORT)) as { articles: SavedArticle[] }).articles;
      expect(states(after), name).toEqual(states(before));
    }

    // Omnivore: a story kept with its content, listed as a story (not a link) and readable from the stored copy.
    const story = `<article><h1>Night trains return</h1>${Array.from({ length: 8 }, (_, i) => `<p>Sleeper services are coming back across Europe, part ${i}, as travellers look for slower ways to cross the continent without flying.</p>`).join('')}</article>`;
    const omnivore = zipSync({
      'metadata_0_to_1.json': strToU8(JSON.stringify([{ id: 'a', slug: 'night-trains', title: 'Night trains return', url: 'https://rail.example/night-trains', state: 'Archived', readingProgress: 30, labels: ['travel'], savedAt: '2024-03-01T10:00:00.000Z' }])),
      'content/night-trains.html': strToU8(story),
      'highlights/night-trains.md': strToU8('> slower ways to cross\n'),
    });
    await session.driver.evaluate(list, importBytes(omnivore, 'omnivore.zip'));
    await poll(async () => (await session.driver.evaluate<string>(list, REPORT)).includes('1 added'), 'the Omnivore import');
    const trains = (JSON.parse(await session.driver.evaluate<string>(list, EXPORT)) as { articles: SavedArticle[] }).articles.find((a) => a.url === 'https://rail.example/night-trains')!;
    expect(trains).toMatchObject({ contentStatus: 'stored', state: 'archived', tags: ['travel'], progress: 0.3, savedAt: '2024-03-01T10:00:00.000Z' });
    expect(trains.highlights.map((h) => h.text)).toEqual(['slower ways to cross']);
    await session.driver.evaluate(list, `document.querySelector('button.view.archived').click()`);
    await poll(async () => (await session.driver.evaluate<boolean>(list, `[...document.querySelectorAll('.item-title')].some((a) => a.textContent === 'Night trains return')`)), 'the Omnivore story listed');
    await session.driver.evaluate(list, `[...document.querySelectorAll('.item-title')].find((a) => a.textContent === 'Night trains return').click()`);
    await poll(async () => (await session.driver.evaluate<string>(list, `document.querySelector('.story')?.textContent ?? ''`)).includes('Sleeper services are coming back across Europe, part 7'), 'the story read from the stored copy');
    await session.driver.closeTab(list);
  });
});
