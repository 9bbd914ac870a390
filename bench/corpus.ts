/** Reads ../shared/corpus (see its README) and the seed page, one page at a time. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEED_DIR, SHARED } from '../test/support/paths';

export const CORPUS = join(SHARED, 'corpus');
export const hasCorpus = existsSync(join(CORPUS, 'index.jsonl'));

export interface Truth {
  url?: string;
  title?: string;
  byline?: string;
  lang?: string;
  publishedTime?: string;
  articleText?: string;
  mustInclude?: string[];
  mustExclude?: string[];
  isArticle?: boolean;
  extra?: { synthetic?: boolean; baseUrl?: string };
}

export interface CorpusPage {
  set: string;
  id: string;
  url: string;
  truth: Truth;
  html(): string;
}

interface IndexRow {
  set: string;
  id: string;
  path: string;
}

export function corpusPages(filter: { sets?: string[]; limitPerSet?: number } = {}): CorpusPage[] {
  const rows = readFileSync(join(CORPUS, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as IndexRow);
  const perSet = new Map<string, number>();
  const pages: CorpusPage[] = [];
  for (const row of rows) {
    if (filter.sets && !filter.sets.includes(row.set)) continue;
    const seen = perSet.get(row.set) ?? 0;
    if (filter.limitPerSet !== undefined && seen >= filter.limitPerSet) continue;
    perSet.set(row.set, seen + 1);
    const dir = join(CORPUS, row.set, row.id);
    const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
    pages.push({
      set: row.set,
      id: row.id,
      // Pages without a known URL get one on a host of their own, as Readability's tests do.
      url: truth.url ?? truth.extra?.baseUrl ?? `http://fakehost/${row.set}/${encodeURIComponent(row.id)}/`,
      truth,
      html: () => gunzipSync(readFileSync(join(CORPUS, row.path))).toString('utf8'),
    });
  }
  return pages;
}

export function seedPage(): CorpusPage | null {
  if (!existsSync(join(SEED_DIR, 'source.html'))) return null;
  const truth = JSON.parse(readFileSync(join(SEED_DIR, 'truth.json'), 'utf8')) as Truth & { url: string };
  return { set: 'seed', id: 'coree-du-nord-fr', url: truth.url, truth, html: () => readFileSync(join(SEED_DIR, 'source.html'), 'utf8') };
}
