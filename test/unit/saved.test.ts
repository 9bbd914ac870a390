import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/engine/types';
import { articleFromSaved, savedIdFor, summaryOf, toSavedArticle } from '../../src/shared/saved';

const article: Article = {
  title: 'T', byline: 'B', siteName: 'S', publishedTime: '2024-01-01', lang: 'en', dir: 'ltr', leadImage: null,
  excerpt: 'E', contentHtml: '<p>x</p>', textContent: 'x', wordCount: 1, readingMinutes: 1,
  url: 'https://site.example/a', canonicalUrl: 'https://other.example/claimed', related: [],
};

describe('saved articles', () => {
  it('are keyed by the tab URL without its fragment, never by the canonical claim', () => {
    const saved = toSavedArticle(article, 'https://site.example/a#comments', new Date('2025-01-01T00:00:00Z'));
    expect(saved.id).toBe('https://site.example/a');
    expect(saved.url).toBe('https://site.example/a#comments');
    expect(saved.canonicalUrl).toBe('https://other.example/claimed');
    expect(savedIdFor('https://x.example/p')).toBe('https://x.example/p');
  });

  it('keep their first saved date, state and tags when saved again', () => {
    const first = { ...toSavedArticle(article, 'https://site.example/a', new Date('2025-01-01T00:00:00Z')), state: 'archived' as const, tags: ['t'] };
    const again = toSavedArticle({ ...article, title: 'T2' }, 'https://site.example/a', new Date('2025-02-01T00:00:00Z'), first);
    expect(again).toMatchObject({ title: 'T2', savedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-02-01T00:00:00.000Z', state: 'archived', tags: ['t'] });
  });

  it('round-trip to a reader article, and summaries leave the content out', () => {
    const saved = toSavedArticle(article, 'https://site.example/a', new Date());
    expect(articleFromSaved(saved)).toMatchObject({ title: 'T', contentHtml: '<p>x</p>', url: 'https://site.example/a' });
    expect(summaryOf(saved)).not.toHaveProperty('contentHtml');
    expect(summaryOf(saved)).not.toHaveProperty('textContent');
  });
});
