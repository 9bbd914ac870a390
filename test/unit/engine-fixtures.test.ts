/**
 * Every page in test/pages/engine with its expectations (see the README there), under jsdom and
 * linkedom: detection, metadata, what the story keeps and what it drops.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect, extract } from '../../src/engine';
import { DOMS, parse } from '../support/dom';
import { OWN_PAGES } from '../support/paths';

interface Expected {
  url: string;
  /** The same page at other addresses, where all the same must hold (an address changes what detect says). */
  alsoAt?: string[];
  isArticle: boolean;
  ok?: boolean;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl';
  leadImage?: string | null;
  textStartsWith?: string;
  mustInclude?: string[];
  mustExclude?: string[];
  htmlIncludes?: string[];
  htmlExcludes?: string[];
  relatedFirst?: string;
}

const DIR = join(OWN_PAGES, 'engine');
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

for (const dom of DOMS) {
  describe(`engine fixtures (${dom})`, () => {
    for (const name of FIXTURES) {
      it(name, () => {
        const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
        const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
        for (const url of [expected.url, ...(expected.alsoAt ?? [])]) expectPage(parse(dom, html, url), url, expected);
      });
    }
  });
}

/** What `expected` says of the page read at `url`. */
function expectPage(doc: Document, url: string, expected: Expected): void {
  const before = doc.documentElement.outerHTML;
  expect(detect(doc, url).isArticle, `detect at ${url}`).toBe(expected.isArticle);
  const result = extract(doc, url);
  expect(doc.documentElement.outerHTML, 'the document is unchanged').toBe(before);
  const ok = expected.ok ?? expected.isArticle;
  expect(result.ok, result.ok ? 'a story' : result.reason).toBe(ok);
  if (!result.ok) return;
  const { article } = result;
  for (const key of ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'leadImage'] as const) {
    if (expected[key] !== undefined) expect(article[key], key).toBe(expected[key]);
  }
  if (expected.textStartsWith) expect(article.textContent.slice(0, expected.textStartsWith.length)).toBe(expected.textStartsWith);
  for (const snippet of expected.mustInclude ?? []) expect(article.textContent, 'text').toContain(snippet);
  for (const snippet of expected.mustExclude ?? []) expect(article.textContent, 'text').not.toContain(snippet);
  for (const snippet of expected.htmlIncludes ?? []) expect(article.contentHtml, 'html').toContain(snippet);
  for (const snippet of expected.htmlExcludes ?? []) expect(article.contentHtml, 'html').not.toContain(snippet);
  if (expected.relatedFirst) expect(article.related[0]?.url).toBe(expected.relatedFirst);
}
