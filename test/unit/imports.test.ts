/**
 * Importing other reading lists' exports, built here as those services write them: Pocket's zip (CSV
 * parts, the older `cursor` variant, annotations), a bare part CSV and `ril_export.html`; Instapaper's
 * CSV in its three header variants; Omnivore's zip (metadata, content, highlights); Readwise Reader's and
 * Raindrop.io's CSV; Netscape bookmarks. Bad rows are skipped with reasons; unknown or broken files refused.
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
    expect(read(zipSync({ 'notes.txt': strToU8('hello') }))).toEqual({ ok: false, reason: 'the zip file holds no Pocket or Omnivore export (part_*.csv, metadata_*.json)' });
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

const STORY = `<html><head><title>Night trains return</title></head><body><article><h1>Night trains return</h1>
${Array.from({ length: 8 }, (_, i) => `<p>Sleeper services are coming back across Europe, paragraph ${i}, as travellers look for slower ways to cross the continent without flying and operators order new carriages.</p>`).join('')}
</article></body></html>`;

describe('Omnivore', () => {
  it('reads the zip: metadata lists, labels as tags, archived state, progress, the stored story read by the engine, highlights with notes', () => {
    const zip = zipSync({
      'omnivore/metadata_0_to_2.json': strToU8(JSON.stringify([
        { id: '1', slug: 'night-trains', title: 'Night trains return', author: 'R. Rail', url: 'https://rail.example/night', state: 'Archived', readingProgress: 40, labels: ['travel', { name: 'europe' }], savedAt: '2024-03-01T10:00:00.000Z', publishedAt: '2024-02-28T00:00:00.000Z' },
        { id: '2', slug: '../../evil', title: 'No content here', url: 'https://b.example/x', state: 'Succeeded', readingProgress: 0, labels: [], savedAt: '2024-03-02T10:00:00.000Z' },
        { id: '3', slug: 'bad', title: 'Bad', url: 'javascript:alert(1)' },
      ])),
      'omnivore/content/night-trains.html': strToU8(STORY),
      'omnivore/highlights/night-trains.md': strToU8('> Sleeper services are coming back [⤴️](https://omnivore.app/x)\n\nWorth a trip\n\n> slower ways to cross\n'),
    });
    const result = read(zip);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('omnivore');
    const [trains, link] = result.articles;
    expect([trains!.title, trains!.state, trains!.tags, trains!.progress, trains!.savedAt, trains!.contentStatus]).toEqual(['Night trains return', 'archived', ['travel', 'europe'], 0.4, '2024-03-01T10:00:00.000Z', 'stored']);
    expect(trains!.textContent).toContain('Sleeper services are coming back across Europe, paragraph 7');
    expect(trains!.highlights).toEqual([{ text: 'Sleeper services are coming back', note: 'Worth a trip', createdAt: null }, { text: 'slower ways to cross', note: null, createdAt: null }]);
    expect([link!.title, link!.state, link!.contentStatus]).toEqual(['No content here', 'unread', 'missing']);
    expect(result.skipped).toEqual([{ position: 3, reason: '"javascript:alert(1)" is not a web address' }]);
  });
});

describe('Readwise Reader and Raindrop.io', () => {
  it("reads Readwise Reader's CSV: Python-list tags, locations as state and favourite, saved dates, progress", () => {
    const result = read(`Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen
"Tides, explained",https://sea.example/tides,01a,"['science', ""ocean's edge""]",2023-06-12 16:58:12+00:00,0.45,archive,True
Later one,https://sea.example/later,01b,[],2023-06-13 08:00:00+00:00,0,later,False
Starred one,https://sea.example/star,01c,[],2023-06-14T08:00:00Z,12%,shortlist,False
`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('readwise');
    expect(result.articles.map((a) => [a.title, a.tags, a.savedAt, a.progress, a.state, a.favourite])).toEqual([
      ['Tides, explained', ['science', "ocean's edge"], '2023-06-12T16:58:12.000Z', 0.45, 'archived', false],
      ['Later one', [], '2023-06-13T08:00:00.000Z', 0, 'unread', false],
      ['Starred one', [], '2023-06-14T08:00:00.000Z', 0.12, 'unread', true],
    ]);
  });

  it("reads Raindrop.io's CSV: tags and folder, favourite, created date, highlights with notes", () => {
    const result = read(`id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite
1,Bread science,,,https://bake.example/bread,Cooking,"yeast, flour",2022-01-05T10:00:00.000Z,,"Highlight:Gluten forms a web
Note:check this

Highlight:Steam matters",true
2,Loose link,,,https://x.example/loose,Unsorted,,2022-01-06T10:00:00.000Z,,,false
`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('raindrop');
    expect(result.articles.map((a) => [a.title, a.tags, a.favourite, a.savedAt, a.state])).toEqual([
      ['Bread science', ['yeast', 'flour', 'Cooking'], true, '2022-01-05T10:00:00.000Z', 'unread'],
      ['Loose link', [], false, '2022-01-06T10:00:00.000Z', 'unread'],
    ]);
    expect(result.articles[0]!.highlights).toEqual([{ text: 'Gluten forms a web', note: 'check this', createdAt: null }, { text: 'Steam matters', note: null, createdAt: null }]);
  });
});

describe('Netscape bookmarks', () => {
  it('reads folders (Archive as state, others as tags), TAGS, ADD_DATE and "starred" as a favourite, titles as text', () => {
    const result = read(`<!DOCTYPE NETSCAPE-Bookmark-file-1>
<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
<DL><p>
  <DT><H3>Recipes</H3>
  <DL><p>
    <DT><A HREF="https://food.example/soup" ADD_DATE="1600000000" TAGS="winter,starred">Soup &lt;script&gt;</A>
  </DL><p>
  <DT><H3>Archive</H3>
  <DL><p>
    <DT><A HREF="https://news.example/old" ADD_DATE="1500000000">Old news</A>
    <DT><A HREF="javascript:alert(1)">Bad</A>
  </DL><p>
</DL><p>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('bookmarks');
    expect(result.articles.map((a) => [a.url, a.title, a.state, a.tags, a.favourite, a.savedAt])).toEqual([
      ['https://food.example/soup', 'Soup <script>', 'unread', ['winter', 'Recipes'], true, '2020-09-13T12:26:40.000Z'],
      ['https://news.example/old', 'Old news', 'archived', [], false, '2017-07-14T02:40:00.000Z'],
    ]);
    expect(result.skipped).toEqual([{ position: 3, reason: '"javascript:alert(1)" is not a web address' }]);
  });
});
