/** "From your library" (issue 6): term profiles and the index that finds the saved articles closest to the open one. */
import { describe, expect, it } from 'vitest';
import { LibraryIndex, MIN_LIBRARY_SIMILARITY, PROFILE_TERMS, profileOf } from '../../src/shared/library-index';

const article = (title: string, textContent: string, lang: string | null = 'en') => ({ title, textContent, lang });
const glaciers = profileOf(article('Swiss glaciers lose a record share of their ice', 'The glaciers of the Alps lost four percent of their ice this summer. Glaciologists say the melt is accelerating and small glaciers will vanish.'));
const skiing = profileOf(article('Ski resorts close glacier slopes as the ice melts', 'Alpine resorts closed glacier slopes: the ice is too thin. Glaciers are melting faster than ever, glaciologists say.'));
const sourdough = profileOf(article('Keep a sourdough starter alive on holiday', 'Feed the starter with flour and water, then keep it in the fridge. The cold slows the yeast and the bacteria.'));
const elections = profileOf(article('Les élections municipales à Nantes', 'Les électeurs de Nantes votent dimanche pour les élections municipales, avec un second tour probable.', 'fr'));

describe('profileOf', () => {
  it('keeps the most frequent terms, the title weighted, stop words out, at most PROFILE_TERMS', () => {
    expect(glaciers[0]![0]).toBe('glacier');
    expect(glaciers.map(([term]) => term)).not.toContain('the');
    const long = profileOf(article('x', Array.from({ length: 500 }, (_, i) => `word${i}x`).join(' ')));
    expect(long.length).toBe(PROFILE_TERMS);
  });
});

describe('LibraryIndex', () => {
  const index = () => new LibraryIndex([{ id: 'ski', profile: skiing }, { id: 'bread', profile: sourdough }, { id: 'vote', profile: elections }]);

  it('finds the saved article about the same thing, and nothing unrelated', () => {
    const matches = index().closest(glaciers, null);
    expect(matches.map((m) => m.id)).toEqual(['ski']);
    expect(matches[0]!.score).toBeGreaterThanOrEqual(MIN_LIBRARY_SIMILARITY);
    expect(matches[0]!.score).toBeLessThanOrEqual(1);
  });

  it('leaves out the open article itself, and follows saves and deletes', () => {
    const library = index();
    library.set('glaciers', glaciers);
    expect(library.closest(glaciers, 'glaciers').map((m) => m.id)).toEqual(['ski']);
    library.delete('ski');
    expect(library.closest(glaciers, 'glaciers')).toEqual([]);
    expect(library.size).toBe(3);
    library.set('ski', skiing);
    library.set('ski', skiing); // saving again replaces, never doubles
    expect(library.size).toBe(4);
    expect(library.closest(glaciers, 'glaciers').map((m) => m.id)).toEqual(['ski']);
  });

  it('answers an empty profile or an empty library with nothing', () => {
    expect(index().closest([], null)).toEqual([]);
    expect(new LibraryIndex().closest(glaciers, null)).toEqual([]);
  });

  it('returns at most the limit, best first', () => {
    const library = new LibraryIndex(Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, profile: [...skiing.slice(0, 10 + i)] as typeof skiing })));
    const matches = library.closest(glaciers, null, 5);
    expect(matches.length).toBe(5);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });
});
