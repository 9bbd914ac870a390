/** Our own fixture pages (test/pages): what the engine keeps, drops and refuses, under both DOMs. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect, extract } from '../../src/engine';
import { DOMS, parse } from '../support/dom';
import { OWN_PAGES } from '../support/paths';

const page = (name: string) => readFileSync(join(OWN_PAGES, name), 'utf8');
const URL_BASE = 'http://127.0.0.1:8000/pages/';

for (const dom of DOMS) {
  describe(`engine on own pages (${dom})`, () => {
    it('reads the English article: drop cap, lazy figure, list, quote, table and code kept; furniture dropped', () => {
      const url = `${URL_BASE}article-en.html`;
      const doc = parse(dom, page('article-en.html'), url);
      expect(detect(doc, url).isArticle).toBe(true);
      const result = extract(doc, url);
      if (!result.ok) throw new Error(result.reason);
      const { article } = result;
      expect(article.title).toBe('How the river towns learned to live with floods');
      expect(article.byline).toBe('Maria Okafor');
      expect(article.siteName).toBe('The Valley Ledger');
      expect(article.publishedTime).toBe('2025-03-14T08:30:00Z');
      expect(article.leadImage).toBe('http://127.0.0.1:8000/images/floods/levee-wide.jpg');
      expect(article.textContent.startsWith('When the water came')).toBe(true);
      expect(article.contentHtml).toContain('src="http://127.0.0.1:8000/images/floods/meadow.jpg"');
      expect(article.contentHtml).toContain('<figcaption>The meadow below Ashford');
      expect(article.contentHtml).toMatch(/<ul>.*<li>raise the existing walls/s);
      expect(article.contentHtml).toContain('<blockquote>');
      expect(article.contentHtml).toContain('<table>');
      expect(article.contentHtml).toContain('<pre><code>storage(t) = storage(t-1)');
      expect(article.contentHtml).toContain('&gt; capacity');
      for (const clutter of ['Sign up', 'Get the Ledger', 'Share', 'Comments', 'Floods Rivers', 'Most read', 'Read more', 'Privacy']) {
        expect(article.textContent).not.toContain(clutter);
      }
      expect(article.textContent).not.toContain(article.title);
      expect(article.related[0]).toMatchObject({
        url: 'https://valley-ledger.example/environment/the-levee-that-moved-the-flood-downstream-20877',
        source: 'inline',
      });
      expect(article.related.map((r) => r.url)).not.toContain('http://127.0.0.1:8000/authors/maria-okafor/');
    });

    it('says a section front is not an article and has no story', () => {
      const url = `${URL_BASE}section-front.html`;
      const verdict = detect(parse(dom, page('section-front.html'), url), url);
      expect(verdict.isArticle).toBe(false);
      expect(verdict.reasons).toContain('-3 hardly any paragraph text');
      const result = extract(parse(dom, page('section-front.html'), url), url);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/no story/);
    });

    it('never changes the document it reads', () => {
      const url = `${URL_BASE}article-en.html`;
      const doc = parse(dom, page('article-en.html'), url);
      const before = doc.documentElement.outerHTML;
      detect(doc, url);
      extract(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    it('answers, never throws, on documents that are not pages', () => {
      for (const html of ['', '<html></html>', '<frameset><frame src="a.html"></frameset>', '<body><p>short</p></body>', '<script>x</script>']) {
        const doc = parse(dom, html, 'http://127.0.0.1/');
        expect(() => detect(doc, 'http://127.0.0.1/')).not.toThrow();
        const result = extract(doc, 'http://127.0.0.1/');
        expect(result.ok).toBe(false);
      }
    });

    it('keeps nothing that runs: scripts, handlers, javascript: links, styles and forms are not in contentHtml', () => {
      const body = `<article><h1>A title that is long enough</h1>${'<p>Plain story text that goes on for a while, with commas, clauses, and more words.</p>'.repeat(6)}
        <p onclick="alert(1)" style="position:fixed">Handler <a href="javascript:alert(1)">link</a> and <img src="x.jpg" onerror="alert(1)"> <script>alert(1)</script>
        <iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name="q"></form> and then a bit more story text here.</p></article>`;
      const result = extract(parse(dom, `<html><body>${body}</body></html>`, 'http://127.0.0.1/a'), 'http://127.0.0.1/a');
      if (!result.ok) throw new Error(result.reason);
      const htmlOut = result.article.contentHtml;
      for (const bad of ['onclick', 'onerror', 'javascript:', '<script', '<iframe', '<form', '<input', 'style=']) expect(htmlOut).not.toContain(bad);
      expect(htmlOut).toContain('<img src="http://127.0.0.1/x.jpg">');
    });
  });
}
