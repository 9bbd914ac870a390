/**
 * The page snapshot's way to the background: raw-text elements escaped so linkedom rebuilds the tree the
 * page had, and extraction that never throws and says why when there is nothing to read. (That the
 * snapshot gives the article the page itself gives is checked in real browsers: e2e/snapshot-parity.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom/worker';
import { escapeRawText } from '../../src/shared/raw-text-elements';
import { extractSnapshot } from '../../src/shared/snapshot-extraction';
import { MAX_SNAPSHOT_CHARS, NOT_HTML, TOO_LARGE, snapshotOf } from '../../src/shared/page-snapshot';
import { OWN_PAGES } from '../support/paths';
import { parse } from '../support/dom';

const bodyOf = (html: string): Element => new DOMParser().parseFromString(escapeRawText(`<html><body>${html}</body></html>`), 'text/html').body as unknown as Element;

describe('escapeRawText', () => {
  it('turns what a browser wrote raw inside <noscript> back into text (the mutation-XSS shape)', () => {
    // What Chromium's outerHTML gives for `<noscript><p title="</noscript><img onerror=…>">` on a page with scripting on.
    const body = bodyOf(`<noscript><p title="</noscript><img src="x.png" onerror="alert(1)">"&gt;noscript<p>after</p>`);
    const noscript = body.querySelector('noscript')!;
    expect(noscript.children).toHaveLength(0);
    expect(noscript.textContent).toBe('<p title="');
    expect(body.querySelector('img')!.getAttribute('onerror')).toBe('alert(1)'); // the page's real element, outside, as in the page
    expect(body.querySelector('p')!.textContent).toBe('after');
  });

  it('does the same for <iframe>, <noembed>, <noframes> and <plaintext>; <xmp> linkedom keeps raw itself', () => {
    for (const tag of ['iframe', 'noembed', 'noframes', 'xmp', 'plaintext']) {
      const body = bodyOf(`<${tag} class="x"><b>bold</b> & more</${tag}><p>after</p>`);
      expect(body.querySelector(tag)!.textContent, tag).toBe('<b>bold</b> & more');
      expect(body.querySelector('b'), tag).toBeNull();
      expect(body.querySelector('p')!.textContent, tag).toBe('after');
    }
  });

  it('leaves scripts, styles, comments and attribute values alone, even when they mention those elements', () => {
    const html = `<script type="application/ld+json">{"articleBody":"<noscript>&amp;</noscript>"}</script><style>/* <iframe> */</style><!-- <noscript><b> --><a title='<xmp>' href="/x">link</a><p>text &amp; more</p>`;
    expect(escapeRawText(html)).toBe(html);
    const body = bodyOf(html);
    expect(body.querySelector('script')!.textContent).toBe('{"articleBody":"<noscript>&amp;</noscript>"}');
    expect(body.querySelector('a')!.getAttribute('title')).toBe('<xmp>');
  });

  it('returns a page without such elements as it was, and copes with one left open', () => {
    const plain = '<p>One <em>two</em></p>';
    expect(escapeRawText(plain)).toBe(plain);
    expect(escapeRawText('<p>a</p><noscript><img src=x>')).toBe('<p>a</p><noscript>&lt;img src=x&gt;');
  });
});

describe('snapshot extraction', () => {
  it('reads the article from a serialized page, as from the page', () => {
    const html = readFileSync(join(OWN_PAGES, 'article-en.html'), 'utf8');
    const url = 'https://example.org/news/article';
    const fromSnapshot = extractSnapshot({ ok: true, html, url });
    expect(fromSnapshot.ok).toBe(true);
    if (!fromSnapshot.ok) return;
    expect(fromSnapshot.article.url).toBe(url);
    expect(fromSnapshot.article.wordCount).toBeGreaterThan(100);
  });

  it('says why for a page it was not given, a page too large, or no page at all, and never throws', () => {
    expect(extractSnapshot({ ok: false, reason: TOO_LARGE })).toEqual({ ok: false, reason: TOO_LARGE });
    expect(extractSnapshot({ ok: true, html: 'x'.repeat(MAX_SNAPSHOT_CHARS + 1), url: 'https://example.org/' })).toEqual({ ok: false, reason: TOO_LARGE });
    for (const odd of [{ ok: true }, { ok: true, html: 42, url: null }] as const) {
      expect(extractSnapshot(odd as never).ok).toBe(false);
    }
    for (const html of ['', '<', '<<<>>>', '\u0000'.repeat(1000), '<html><body></body></html>']) {
      const result = extractSnapshot({ ok: true, html, url: 'https://example.org/' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
    }
  });

  it('takes snapshots of HTML documents only', () => {
    const html = parse('jsdom', '<!DOCTYPE html><html><body><p>Hello</p></body></html>', 'https://example.org/');
    expect(snapshotOf(html, 'https://example.org/')).toMatchObject({ ok: true, url: 'https://example.org/' });
    const xml = new (html.defaultView as unknown as typeof globalThis).DOMParser().parseFromString('<feed><title>x</title></feed>', 'application/xml');
    expect(snapshotOf(xml, 'https://example.org/feed.xml')).toEqual({ ok: false, reason: NOT_HTML });
  });
});
