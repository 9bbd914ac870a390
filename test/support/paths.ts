/** Where things are, for tests, benchmarks and the demo. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const SEED_DIR = join(SHARED, 'seed', 'coree-du-nord-fr');
export const OWN_PAGES = join(ROOT, 'test', 'pages');
export const DIST_CHROME = join(ROOT, 'dist', 'chrome');
export const DIST_FIREFOX = join(ROOT, 'dist', 'firefox');
export const OUT = join(ROOT, 'out');

export const hasSeed = existsSync(join(SEED_DIR, 'source.html'));
export const SEED_MISSING = `skipped: ${SEED_DIR} is absent (../shared is not beside this checkout)`;

export interface SeedTruth {
  url: string;
  title: string;
  byline: string;
  lang: string;
  siteName: string;
  publishedTime: string;
  leadImage: string;
  isArticle: boolean;
  articleText: string;
  headings: string[];
  mustInclude: string[];
  mustExclude: string[];
  titleOccurrences: number;
  relatedReads: { relevant: string[]; acceptable: string[] };
}
