/**
 * Importing other reading lists' exports, built here as those services write them: Pocket's zip (CSV
 * parts, the older `cursor` variant, annotations), a bare part CSV and `ril_export.html`; Instapaper's
 * CSV in its three header variants. Bad rows are skipped with reasons; unknown or broken files refused.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { parse } from '../support/dom';
import { readImportFile } from '../../src/shared/imports/import-file';

const NOW = new Date('2026-11-29T12:00:00.000Z');
const parseHtml = (html: string): Document => parse('jsdom', html, 'https://import.example/');
const read = (content: string | Uint8Array) => readImportFile(typeof content === 'string' ? strToU8(content) : content, parseHtml, NOW);

const POCKET_CSV = `title,url,time_added,tags,status
"Glaciers, melting",https://news.example/glaciers?utm=x,1700000000,climate|science,unread
Sourdough at home,https://food.example/sourdough,1700000100,,archive
Broken,javascript:alert(1),1700000200,,unread
`;

describe('Pocket', () => {
  it('reads pocket.zip: every part, states, tags split on |, Unix dates, highlights from annotations', () => {
    const zip = zipSync({
      'part_000000.csv': strToU8(POCKET_CSV),
      'part_000001.csv': strToU8('title,url,time_added,cursor,tags,status\nOlder variant,https://old.example/a,1600000000,123,x,unread\n'),
      'annotations/part_000000.json': strToU8(JSON.stringify([{ url: 'https://news.example/glaciers?utm=x', title: 'Glaciers', highlights: [{ quote: 'The ice is going.', created_at: 1700000500 }] }])),
    });
    const result = read(zip);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('pocket');
    expect(result.articles.map((a) => [a.url, a.title, a.state, a.tags, a.savedAt, a.contentStatus])).toEqual([
      ['https://news.example/glaciers?utm=x', 'Glaciers, melting', 'unread', ['climate', 'science'], '2023-11-14T22:13:20.000Z', 'missing'],
      ['https://food.example/sourdough', 'Sourdough at home', 'archived', [], '2023-11-14T22:15:00.000Z', 'missing'],
      ['https://old.example/a', 'Older variant', 'unread', ['x'], '2020-09-13T12:26:40.000Z', 'missing'],
    ]);
    expect(result.articles[0]!.highlights).toEqual([{ text: 'The ice is going.', note: null, createdAt: '2023-11-14T22:21:40.000Z' }]);
    expect(result.skipped).toEqual([{ position: 3, reason: '"javascript:alert(1)" is not a web address' }]);
  });

  it('reads a bare part CSV and the older ril_export.html', () => {
    const csv = read(POCKET_CSV);
    expect(csv.ok && csv.articles.length).toBe(2);
    const html = read(`<!DOCTYPE html><html><head><title>Pocket Export</title></head><body>
      <h1>Unread</h1><ul><li><a href="https://a.example/one" time_added="1500000000" tags="x,y">One &lt;b&gt;</a></li></ul>
      <h1>Read Archive</h1><ul><li><a href="https://b.example/two" time_added="1500000100" tags="">Two</a></li><li><a href="data:text/html,x">Bad</a></li></ul>
    </body></html>`);
    expect(html.ok).toBe(true);
    if (!html.ok) return;
    expect(html.articles.map((a) => [a.url, a.title, a.state, a.tags])).toEqual([
      ['https://a.example/one', 'One <b>', 'unread', ['x', 'y']],
      ['https://b.example/two', 'Two', 'archived', []],
    ]);
    expect(html.skipped).toHaveLength(1);
  });

  it('refuses a zip without a Pocket export, a broken zip, and an unknown file, saying why', () => {
    expect(read(zipSync({ 'notes.txt': strToU8('hello') }))).toEqual({ ok: false, reason: 'the zip file holds no Pocket export (part_*.csv)' });
    expect(read(new Uint8Array([0x50, 0x4b, 1, 2, 3]))).toEqual({ ok: false, reason: 'the zip file cannot be opened' });
    for (const content of ['just some words', 'a,b,c\n1,2,3\n', '<html><body><p>Not an export</p></body></html>']) {
      const result = read(content);
      expect(result.ok, content).toBe(false);
      if (!result.ok) expect(result.reason).toContain('not a file Lectern can import');
    }
  });
});

describe('Instapaper', () => {
  it('reads the CSV in its variants: folders as state, favourite and tags; timestamps; tags; the selection as a highlight', () => {
    const result = read(`URL,Title,Selection,Folder,Timestamp,Tags
https://a.example/1,First,,Unread,1700000000,"[""politics"",""long""]"
https://a.example/2,Second,A chosen passage,Archive,1700000001,
https://a.example/3,Third,,Starred,1700000002,
https://a.example/4,Fourth,,Cooking,1700000003,baking
ftp://a.example/5,Bad,,Unread,1700000004,
`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('instapaper');
    expect(result.articles.map((a) => [a.title, a.state, a.favourite, a.tags, a.savedAt])).toEqual([
      ['First', 'unread', false, ['politics', 'long'], '2023-11-14T22:13:20.000Z'],
      ['Second', 'archived', false, [], '2023-11-14T22:13:21.000Z'],
      ['Third', 'unread', true, [], '2023-11-14T22:13:22.000Z'],
      ['Fourth', 'unread', false, ['baking', 'Cooking'], '2023-11-14T22:13:23.000Z'],
    ]);
    expect(result.articles[1]!.highlights).toEqual([{ text: 'A chosen passage', note: null, createdAt: null }]);
    expect(result.skipped).toEqual([{ position: 5, reason: '"ftp://a.example/5" is not a web address' }]);
    // The oldest header: no timestamp (saved now) and no tags.
    const oldest = read('URL,Title,Selection,Folder\nhttps://b.example/1,Old,,Unread\n');
    expect(oldest.ok && oldest.articles[0]!.savedAt).toBe(NOW.toISOString());
  });

  it('keeps hostile values as data: HTML titles as text, __proto__ as a tag', () => {
    const result = read('URL,Title,Selection,Folder,Timestamp,Tags\nhttps://a.example/x,"<img src=x onerror=alert(1)>",,__proto__,1,__proto__\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.articles[0]!.title).toBe('<img src=x onerror=alert(1)>');
    expect(result.articles[0]!.tags).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
