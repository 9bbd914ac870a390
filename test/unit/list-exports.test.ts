/**
 * The list's other exports, each read back by Lectern's own import: bookmarks HTML and CSV keep every
 * list field their format can hold; the Markdown zip has one file per article. Hostile titles stay text
 * (HTML escaped; a spreadsheet formula defused, and restored on import).
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from '../support/dom';
import { bookmarksHtml, listCsv, markdownZip } from '../../src/shared/list-exports';
import { readImportFile } from '../../src/shared/imports/import-file';
import type { SavedArticle } from '../../src/shared/saved';

const NOW = new Date('2026-11-29T12:00:00.000Z');
const read = (text: string) => readImportFile(new TextEncoder().encode(text), (html) => parse('jsdom', html, 'https://import.example/'), NOW);

const article = (n: number, extra: Partial<SavedArticle>): SavedArticle => ({
  id: `https://news.example/${n}`, url: `https://news.example/${n}`, canonicalUrl: null, title: `Story ${n}`, byline: 'A. Writer', siteName: 'News', publishedTime: '2025-01-01T00:00:00.000Z',
  lang: 'en', dir: 'ltr', leadImage: null, excerpt: null, contentHtml: `<p>Body of story ${n} with <em>emphasis</em>.</p>`, textContent: `Body of story ${n} with emphasis.`,
  wordCount: 6, readingMinutes: 1, savedAt: `2025-06-0${n}T10:00:00.000Z`, updatedAt: `2025-06-0${n}T10:00:00.000Z`, state: 'unread', tags: [], favourite: false,
  progress: 0, lastReadAt: null, contentStatus: 'stored', highlights: [], ...extra,
});

const ARTICLES = [
  article(1, { title: 'Floods <img src=x onerror=alert(1)> & "rain"', tags: ['weather', 'a|b'.replace('|', '-')], favourite: true }),
  article(2, { title: '=HYPERLINK("http://evil.example","click")', state: 'archived', progress: 0.5 }),
  article(3, { title: 'Same title' }),
  article(4, { title: 'Same title', tags: ['x', 'y'] }),
];
const listState = (a: SavedArticle) => [a.url, a.title, a.state, a.favourite, [...a.tags].sort(), a.savedAt];

describe('list exports', () => {
  it('CSV: read back with every list field (state, favourite, tags, saved date, progress); a formula defused in the file', () => {
    const csv = listCsv(ARTICLES);
    expect(csv.split('\n')[0]).toBe('url,title,site,byline,lang,published,saved,state,favourite,tags,progress,words');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    const back = read(csv);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.source).toBe('lectern');
    expect(back.articles.map(listState)).toEqual(ARTICLES.map(listState));
    expect(back.articles.map((a) => a.progress)).toEqual([0, 0.5, 0, 0]);
    expect(back.articles.every((a) => a.contentStatus === 'missing')).toBe(true);
  });

  it('bookmarks HTML: read back with state (folders), tags, favourite and saved date (to the second); titles escaped', () => {
    const html = bookmarksHtml(ARTICLES);
    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    expect(html).toContain('Floods &lt;img src=x onerror=alert(1)&gt; &amp; &quot;rain&quot;');
    expect(html).not.toContain('<img');
    const back = read(html);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.source).toBe('bookmarks');
    const byUrl = (list: SavedArticle[]) => [...list].sort((a, b) => a.url.localeCompare(b.url)).map(listState);
    expect(byUrl(back.articles)).toEqual(byUrl(ARTICLES));
  });

  it('Markdown: one file per article, names from titles made unique, the story as Markdown, HTML in titles escaped', () => {
    const files = unzipSync(markdownZip(ARTICLES));
    expect(Object.keys(files).sort()).toEqual(['floods-img-src-x-onerror-alert-1-rain.md', 'hyperlink-http-evil-example-click.md', 'same-title-2.md', 'same-title.md']);
    const floods = strFromU8(files['floods-img-src-x-onerror-alert-1-rain.md']!);
    expect(floods.split('\n')[0]).toBe('# Floods &lt;img src=x onerror=alert(1)&gt; &amp; "rain"');
    expect(floods).toContain('Body of story 1 with _emphasis_.');
    expect(floods).toContain('https://news.example/1');
  });
});
