/**
 * The reading list in the forms other tools read: Netscape bookmarks HTML (every browser and bookmark
 * service imports it), CSV (spreadsheets; Lectern reads it back), and each article as Markdown, in one
 * zip. The lossless form is Lectern's own JSON file (library-file.ts); these keep what their format can.
 * Everything from the pages is escaped for its format: a title is text in HTML, a cell in CSV.
 */
import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import { articleAsMarkdown } from './article-format';
import { articleFromSaved, type SavedArticle } from './saved';
import { FAVOURITE_TAG } from './imports/bookmarks';

/** The CSV's columns, in order: what Lectern reads back (imports/lectern-csv.ts) besides people. */
export const LIST_CSV_COLUMNS = ['url', 'title', 'site', 'byline', 'lang', 'published', 'saved', 'state', 'favourite', 'tags', 'progress', 'words'] as const;

/** Tags joined in one CSV cell: `|`, as Pocket writes them (commas are common inside tags' neighbours in spreadsheets). */
export const CSV_TAG_SEPARATOR = '|';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const unixSeconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

/** Folders by state, as Pocket and Instapaper name theirs; tags in the TAGS attribute that bookmark services read. */
export function bookmarksHtml(articles: readonly SavedArticle[]): string {
  const folder = (name: string, items: readonly SavedArticle[]): string[] => [
    `    <DT><H3>${escapeHtml(name)}</H3>`,
    '    <DL><p>',
    ...items.map((a) => {
      const tags = a.favourite ? [...a.tags, FAVOURITE_TAG] : a.tags;
      return `        <DT><A HREF="${escapeHtml(a.url)}" ADD_DATE="${unixSeconds(a.savedAt)}"${tags.length ? ` TAGS="${escapeHtml(tags.join(','))}"` : ''}>${escapeHtml(a.title)}</A>`;
    }),
    '    </DL><p>',
  ];
  return [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- Exported from Lectern: the reading list, by state. -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Lectern reading list</TITLE>',
    '<H1>Lectern reading list</H1>',
    '<DL><p>',
    ...folder('Unread', articles.filter((a) => a.state === 'unread')),
    ...folder('Archive', articles.filter((a) => a.state === 'archived')),
    '</DL><p>',
    '',
  ].join('\n');
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: a page's title
 * is never a formula on the reader's machine (OWASP's CSV injection advice).
 */
function cellText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function listCsv(articles: readonly SavedArticle[]): string {
  const rows = articles.map((a) => [
    a.url,
    cellText(a.title),
    cellText(a.siteName ?? ''),
    cellText(a.byline ?? ''),
    a.lang ?? '',
    a.publishedTime ?? '',
    a.savedAt,
    a.state,
    a.favourite ? 'true' : 'false',
    cellText(a.tags.join(CSV_TAG_SEPARATOR)),
    String(a.progress),
    String(a.wordCount),
  ]);
  return `${Papa.unparse({ fields: [...LIST_CSV_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}

/** A file name from a title: letters and digits, dashes between, at most MAX_NAME_CHARS, unique in the zip. */
const MAX_NAME_CHARS = 80;

function fileNameFor(title: string, taken: Set<string>): string {
  const base = title.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, MAX_NAME_CHARS).toLowerCase() || 'article';
  let name = `${base}.md`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.md`;
  taken.add(name);
  return name;
}

/** Each article as a Markdown file (the header, then the story; a link with no text yet is its title and address). */
export function markdownZip(articles: readonly SavedArticle[]): Uint8Array<ArrayBuffer> {
  const taken = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  for (const article of articles) files[fileNameFor(article.title, taken)] = strToU8(articleAsMarkdown(articleFromSaved(article)));
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>; // fflate writes into a plain ArrayBuffer, never a shared one
}
