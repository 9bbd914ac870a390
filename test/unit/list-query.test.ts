import { describe, expect, it } from 'vitest';
import { answer, DEFAULT_LIST_QUERY, MAX_LIST_PAGE, validQuery } from '../../src/shared/list-query';
import { articleTerms, folded, hasEveryWord, searchTerms } from '../../src/shared/search-terms';
import type { SavedSummary } from '../../src/shared/saved';

const summary = (n: number, extra: Partial<SavedSummary> = {}): SavedSummary => ({
  id: `https://a.example/${n}`, url: `https://a.example/${n}`, canonicalUrl: null, title: `Title ${n}`, byline: null, siteName: 'Site', publishedTime: null,
  lang: 'en', dir: 'ltr', leadImage: null, excerpt: null, wordCount: n, readingMinutes: 1, savedAt: `2025-01-0${n}T00:00:00.000Z`, updatedAt: `2025-01-0${n}T00:00:00.000Z`,
  state: 'unread', tags: [], favourite: false, progress: 0, lastReadAt: null, contentStatus: 'stored', highlights: [], ...extra,
});

describe('reading list queries', () => {
  it('fold accents and case', () => {
    expect(folded('Élysée ÇA')).toBe('elysee ca');
  });

  it('keep only known values from the page, with a bounded page size', () => {
    expect(validQuery({})).toEqual(DEFAULT_LIST_QUERY);
    const hostile = validQuery({ view: 'everything' as never, sort: '__proto__' as never, limit: 1e9, offset: -5, text: 'x'.repeat(1000), tag: 42 as never });
    expect(hostile).toMatchObject({ view: 'all', sort: 'saved', limit: MAX_LIST_PAGE, offset: 0, tag: null });
    expect(hostile.text).toHaveLength(200);
  });

  it('answer with views, filters, words in the summary or the text, order and facets', () => {
    const rows = [
      summary(1, { title: 'Café au lait', tags: ['food'] }),
      summary(2, { state: 'archived', siteName: 'Other' }),
      summary(3, { progress: 0.5, lang: 'fr-FR' }),
      summary(4, { favourite: true, progress: 1 }),
    ];
    const ids = (a: ReturnType<typeof answer>) => a.items.map((i) => i.id.slice(-1));
    const q = (extra: Partial<typeof DEFAULT_LIST_QUERY>) => ({ ...DEFAULT_LIST_QUERY, ...extra });
    expect(ids(answer(rows, q({}), () => false))).toEqual(['4', '3', '2', '1']);
    expect(ids(answer(rows, q({ view: 'continue' }), () => false))).toEqual(['3']);
    expect(ids(answer(rows, q({ view: 'favourites' }), () => false))).toEqual(['4']);
    expect(ids(answer(rows, q({ view: 'archived' }), () => false))).toEqual(['2']);
    expect(ids(answer(rows, q({ lang: 'fr' }), () => false))).toEqual(['3']);
    expect(ids(answer(rows, q({ site: 'Other' }), () => false))).toEqual(['2']);
    expect(ids(answer(rows, q({ text: 'CAFE' }), (item) => hasEveryWord(searchTerms(item.title), ['cafe'])))).toEqual(['1']);
    expect(ids(answer(rows, q({ text: 'quince' }), (item) => item.id.endsWith('2')))).toEqual(['2']);
    expect(ids(answer(rows, q({ sort: 'length', descending: false }), () => false))).toEqual(['1', '2', '3', '4']);
    const paged = answer(rows, q({ offset: 1, limit: 2 }), () => false);
    expect([paged.total, ids(paged)]).toEqual([4, ['3', '2']]);
    expect(answer(rows, q({}), () => false)).toMatchObject({ tags: ['food'], sites: ['Other', 'Site'], langs: ['en', 'fr'] });
  });

  it('split what is stored and what is asked the same way: folded words, pairs of characters where no space separates words', () => {
    expect(searchTerms('Le discours de l’Élysée, l’Élysée encore')).toEqual(['le', 'discours', 'de', 'l', 'elysee', 'encore']);
    expect(searchTerms('北朝鲜 发射')).toEqual(['北朝', '朝鲜', '发射']);
    expect(searchTerms('東京2026年')).toEqual(['東京', '年', '2026']);
    expect(searchTerms('x'.repeat(100))).toEqual(['x'.repeat(40)]);
    const terms = articleTerms({ title: 'Flood warnings', byline: 'Ana Pérez', siteName: 'River News', excerpt: null, tags: ['weather'], textContent: 'The river rose overnight. 北朝鲜' });
    expect(hasEveryWord(terms, searchTerms('perez flood'))).toBe(true);
    expect(hasEveryWord(terms, searchTerms('overn weath'))).toBe(true); // the start of a word finds it
    expect(hasEveryWord(terms, searchTerms('朝鲜'))).toBe(true);
    expect(hasEveryWord(terms, searchTerms('flood drought'))).toBe(false); // every word, not any
    expect(hasEveryWord(terms, searchTerms('ood'))).toBe(false); // not the middle of one
  });
});
