/** The reading list as a file: a round trip loses nothing; hostile or broken files are data, reported, never code. */
import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE_FORMAT, libraryFileParts, readLibraryFile } from '../../src/shared/library-file';
import type { SavedArticle } from '../../src/shared/saved';

const article = (n: number, extra: Partial<SavedArticle> = {}): SavedArticle => ({
  id: `https://news.example/story-${n}`,
  url: `https://news.example/story-${n}`,
  canonicalUrl: `https://news.example/canonical-${n}`,
  title: `Story ${n} <img src=x onerror=alert(1)>`,
  byline: 'Ada Marsh',
  siteName: 'News',
  publishedTime: '2025-03-14T09:00:00.000Z',
  lang: 'en',
  dir: 'ltr',
  leadImage: `https://news.example/picture-${n}.jpg`,
  excerpt: 'An excerpt.',
  contentHtml: `<p>Paragraph of story ${n}.</p>`,
  textContent: `Paragraph of story ${n}.`,
  wordCount: 4,
  readingMinutes: 1,
  savedAt: '2025-03-15T10:00:00.000Z',
  updatedAt: '2025-03-16T10:00:00.000Z',
  state: n % 2 ? 'archived' : 'unread',
  tags: ['politics', 'long read'],
  favourite: n === 1,
  progress: 0.4,
  lastReadAt: '2025-03-17T10:00:00.000Z',
  contentStatus: 'stored',
  highlights: [{ text: 'Paragraph', note: null, createdAt: '2025-03-17T10:01:00.000Z' }],
  ...extra,
});

const file = (articles: unknown[], head: Record<string, unknown> = {}) => JSON.stringify({ format: LIBRARY_FILE_FORMAT, version: 1, exportedAt: '2025-01-01T00:00:00.000Z', articles, ...head });

describe('reading list file', () => {
  it('reads back exactly what it wrote', () => {
    const articles = [article(1), article(2, { byline: null, siteName: null, leadImage: null, canonicalUrl: null, lang: 'ar', dir: 'rtl', tags: [], lastReadAt: null, highlights: [], contentStatus: 'missing', contentHtml: '', textContent: '' })];
    const text = libraryFileParts(articles).join('');
    expect(readLibraryFile(text)).toEqual({ ok: true, articles, skipped: [] });
    expect(libraryFileParts([]).join('')).toContain('"articles":[');
    expect(readLibraryFile(libraryFileParts([]).join(''))).toEqual({ ok: true, articles: [], skipped: [] });
  });

  it('gives articles from a file without the later list fields their defaults', () => {
    const { favourite: _f, progress: _p, lastReadAt: _l, contentStatus: _c, highlights: _h, ...older } = article(3);
    const read = readLibraryFile(file([older]));
    expect(read.ok && read.articles[0]).toEqual({ ...older, favourite: false, progress: 0, lastReadAt: null, contentStatus: 'stored', highlights: [] });
  });

  it('refuses a file it cannot read at all, saying why', () => {
    for (const [content, reason] of [
      ['not json', 'not JSON'],
      ['[]', 'not a Lectern reading list'],
      [JSON.stringify({ format: 'pocket' }), 'not a Lectern reading list'],
      [file([], { version: 99 }), 'version 99'],
      [file([], { articles: 'none' }), 'no list of articles'],
    ] as const) {
      const read = readLibraryFile(content);
      expect(read.ok, content).toBe(false);
      if (!read.ok) expect(read.reason).toContain(reason);
    }
  });

  it('skips articles it cannot read, with their place and reason, and keeps the others', () => {
    const read = readLibraryFile(file([
      article(1),
      { ...article(2), url: 'javascript:alert(1)' },
      { ...article(3), state: 'deleted' },
      'a string',
      { ...article(4), savedAt: 'yesterday' },
      { ...article(5), tags: [1, 2] },
      article(1),
    ]));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.articles.map((a) => a.id)).toEqual(['https://news.example/story-1']);
    expect(read.skipped).toEqual([
      { position: 2, reason: '"url" is not a web address' },
      { position: 3, reason: '"state" is not unread or archived' },
      { position: 4, reason: 'it is not an article' },
      { position: 5, reason: '"savedAt" is not a date' },
      { position: 6, reason: '"tags" is not a list of words' },
      { position: 7, reason: 'the same address appears earlier in the file' },
    ]);
  });

  it('keeps keys such as __proto__ as data and HTML in titles as text; drops unknown fields; the id is the URL, not the file’s claim', () => {
    const raw = JSON.stringify({ ...article(1), id: 'https://evil.example/', onload: 'alert(1)' }).replace('{', '{"__proto__":{"polluted":true},');
    const read = readLibraryFile(`{"format":"${LIBRARY_FILE_FORMAT}","version":1,"articles":[${raw}]}`);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [only] = read.articles;
    expect(only!.id).toBe('https://news.example/story-1');
    expect(only!.title).toBe('Story 1 <img src=x onerror=alert(1)>');
    expect(Object.keys(only!)).not.toContain('onload');
    expect(Object.getPrototypeOf(only)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
