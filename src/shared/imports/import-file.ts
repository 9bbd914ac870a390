/**
 * Any file "Import" accepts, recognised by what it holds, not by its name: Lectern's own reading list
 * file and CSV, Pocket's export (`pocket.zip`, a `part_*.csv`, or `ril_export.html`), Instapaper's CSV,
 * Omnivore's zip, Readwise Reader's CSV, Raindrop.io's CSV, and Netscape bookmarks HTML. Each gives saved
 * articles (bare links, content to be fetched, for all but Lectern's file and Omnivore's stories) and the
 * entries it skipped, with their reasons; a file none of them reads is refused whole, with the reason.
 */
import { unzipSync } from 'fflate';
import { extract } from '../../engine/extract';
import { readLibraryFile, type SkippedArticle } from '../library-file';
import { toSavedArticle, type SavedArticle } from '../saved';
import { bookmarkItems, isBookmarksHtml } from './bookmarks';
import { readCsv } from './csv';
import { instapaperItems, isInstapaperCsv } from './instapaper';
import { isLecternCsv, lecternCsvItems } from './lectern-csv';
import { linkArticle, type ImportedItems, type LinkItem } from './link-item';
import { omnivoreItems, type OmnivoreItem } from './omnivore';
import { isPocketCsv, isPocketHtml, pocketCsvItems, pocketHighlights, pocketHtmlItems } from './pocket';
import { isRaindropCsv, raindropItems } from './raindrop';
import { isReadwiseCsv, readwiseItems } from './readwise';

export type ImportSource = 'lectern' | 'pocket' | 'instapaper' | 'omnivore' | 'readwise' | 'raindrop' | 'bookmarks';

export type ImportRead =
  | { ok: true; source: ImportSource; articles: SavedArticle[]; skipped: SkippedArticle[] }
  | { ok: false; reason: string };

/** The most a zip may unpack to: a Pocket export of 100,000 links is a few tens of MB; more is not one (or is a zip bomb). */
const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
const NOT_KNOWN = 'it is not a file Lectern can import (a Lectern reading list, bookmarks, or an export from Pocket, Instapaper, Omnivore, Readwise Reader or Raindrop.io)';

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

function articlesOf(source: ImportSource, { items, skipped }: ImportedItems, now: Date, withContent: (item: LinkItem, link: SavedArticle) => SavedArticle = (_item, link) => link): ImportRead {
  const articles: SavedArticle[] = [];
  const seen = new Set<string>();
  items.forEach((item: LinkItem, i) => {
    const article = withContent(item, linkArticle(item, now));
    if (seen.has(article.id)) return skipped.push({ position: i + 1, reason: 'the same address appears earlier in the file' });
    seen.add(article.id);
    articles.push(article);
  });
  return { ok: true, source, articles, skipped };
}

/** An Omnivore article whose stored HTML holds a story: saved with it, keeping its list state; otherwise the link. */
function omnivoreContent(parseHtml: (html: string) => Document, now: Date) {
  return (item: LinkItem, link: SavedArticle): SavedArticle => {
    const html = (item as OmnivoreItem).contentHtml;
    if (!html) return link;
    const read = extract(parseHtml(html), item.url);
    if (!read.ok) return link;
    return { ...toSavedArticle(read.article, item.url, now, link), title: link.title || read.article.title, updatedAt: link.updatedAt };
  };
}

function readZip(bytes: Uint8Array, parseHtml: (html: string) => Document, now: Date): ImportRead {
  let files: Record<string, Uint8Array>;
  let unzipped = 0;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        unzipped += file.originalSize;
        if (unzipped > MAX_UNZIPPED_BYTES) throw new Error('too large unpacked');
        return /\.(csv|json|html|md)$/i.test(file.name);
      },
    });
  } catch (error) {
    return { ok: false, reason: String(error).includes('too large') ? 'it unpacks to more than 512 MB' : 'the zip file cannot be opened' };
  }
  const names = Object.keys(files).sort();
  // Omnivore: metadata lists, with the content and highlights they name (in a top folder or not).
  const metadata = names.filter((n) => /(^|\/)metadata_[^/]*\.json$/i.test(n));
  if (metadata.length > 0) {
    const file = (name: string): string | null => {
      const found = names.find((n) => n === name || n.endsWith(`/${name}`));
      return found ? decode(files[found]!) : null;
    };
    const lists = metadata.flatMap((n) => {
      try {
        return [JSON.parse(decode(files[n]!)) as unknown];
      } catch {
        return [];
      }
    });
    if (lists.length === 0) return { ok: false, reason: 'its Omnivore metadata files cannot be read' };
    return articlesOf('omnivore', omnivoreItems(lists, file), now, omnivoreContent(parseHtml, now));
  }
  const highlights = pocketHighlights(
    names.filter((n) => /(^|\/)annotations\/[^/]+\.json$/i.test(n)).flatMap((n) => {
      try {
        return [JSON.parse(decode(files[n]!)) as unknown];
      } catch {
        return [];
      }
    }),
  );
  const parts = names.filter((n) => /\.csv$/i.test(n)).map((n) => readCsv(decode(files[n]!))).filter(isPocketCsv);
  if (parts.length === 0) return { ok: false, reason: 'the zip file holds no Pocket or Omnivore export (part_*.csv, metadata_*.json)' };
  const all: ImportedItems = { items: [], skipped: [] };
  let position = 1;
  for (const part of parts) {
    const read = pocketCsvItems(part, highlights, position);
    all.items.push(...read.items);
    all.skipped.push(...read.skipped);
    position += part.rows.length;
  }
  return articlesOf('pocket', all, now);
}

export function readImportFile(bytes: Uint8Array, parseHtml: (html: string) => Document, now = new Date()): ImportRead {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readZip(bytes, parseHtml, now); // "PK": a zip file
  const text = decode(bytes).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('{')) {
    const read = readLibraryFile(text);
    return read.ok ? { ok: true, source: 'lectern', articles: read.articles, skipped: read.skipped } : read;
  }
  if (start.startsWith('<')) {
    const doc = parseHtml(text);
    if (isPocketHtml(doc)) return articlesOf('pocket', pocketHtmlItems(doc), now);
    return isBookmarksHtml(text, doc) ? articlesOf('bookmarks', bookmarkItems(doc), now) : { ok: false, reason: NOT_KNOWN };
  }
  const table = readCsv(text);
  if (isLecternCsv(table)) return articlesOf('lectern', lecternCsvItems(table), now);
  if (isPocketCsv(table)) return articlesOf('pocket', pocketCsvItems(table, new Map()), now);
  if (isInstapaperCsv(table)) return articlesOf('instapaper', instapaperItems(table), now);
  if (isReadwiseCsv(table)) return articlesOf('readwise', readwiseItems(table), now);
  if (isRaindropCsv(table)) return articlesOf('raindrop', raindropItems(table), now);
  return { ok: false, reason: NOT_KNOWN };
}
