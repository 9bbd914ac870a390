/**
 * The reading list's summaries, kept in the background's memory once read, for the list page's queries
 * (filters, order, facets), and read again after any change to the list. The plain newest-first view
 * does not wait for them: it is read straight from the store's savedAt index, so the list's first screen
 * shows at once even with tens of thousands of articles.
 */
import { answer, DEFAULT_LIST_QUERY, type ListAnswer, type ListQuery } from '../shared/list-query';
import type { SavedSummary } from '../shared/saved';
import { searchTerms } from '../shared/search-terms';
import { allSummaries, idsWithWords, newestSummaries } from './reading-list-store';
import { catchUpSearchIndex, findIds } from './search-index';

let summaries: Promise<SavedSummary[]> | null = null;
let generation = 0;

function cachedSummaries(): Promise<SavedSummary[]> {
  if (!summaries) {
    const asked = generation;
    const reading = allSummaries();
    summaries = reading;
    reading.catch(() => {
      if (asked === generation && summaries === reading) summaries = null; // read again next time rather than keep a failure
    });
  }
  return summaries;
}

/** The list changed (a save, an import, a delete, a change of state): the summaries are read again when next needed. */
export function forgetSummaries(): void {
  generation++;
  summaries = null;
}

/** The plain view: everything, newest saved first, no words to find. */
function isPlainView(query: ListQuery): boolean {
  const d = DEFAULT_LIST_QUERY;
  return query.view === d.view && !query.tag && !query.site && !query.lang && !query.text && query.sort === d.sort && query.descending === d.descending;
}

/** The answer to a query; for the plain view without its count and facets (`facetsPending`), which 'list:facets' then gives. */
export async function queryList(query: ListQuery): Promise<ListAnswer & { facetsPending?: boolean }> {
  catchUpSearchIndex();
  if (isPlainView(query)) {
    const items = await newestSummaries(query.offset, query.limit);
    return { total: null, items, tags: [], sites: [], langs: [], facetsPending: true };
  }
  const words = searchTerms(query.text);
  const [all, indexed] = await Promise.all([cachedSummaries(), words.length > 0 ? findIds(words) : null]);
  // Until the word index is built (a list saved before it existed), every article is read.
  const found = indexed ?? (words.length > 0 ? await idsWithWords(words) : null);
  return answer(all, query, (item) => found?.has(item.id) ?? false);
}

/** What the filters can choose from, over the whole list, and how many articles it holds. */
export async function listFacets(): Promise<Pick<ListAnswer, 'total' | 'tags' | 'sites' | 'langs'>> {
  const { total, tags, sites, langs } = answer(await cachedSummaries(), { ...DEFAULT_LIST_QUERY, limit: 0 }, () => true);
  return { total, tags, sites, langs };
}
