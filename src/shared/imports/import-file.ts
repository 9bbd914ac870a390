/**
 * Any file "Import" accepts, recognised by what it holds, not by its name: Lectern's own reading list
 * file, Pocket's export (`pocket.zip`, a `part_*.csv`, or `ril_export.html`) and Instapaper's CSV. Each
 * gives saved articles (bare links, content to be fetched, for the others) and the entries it skipped,
 * with their reasons; a file none of them reads is refused whole, with the reason.
 */
import { unzipSync } from 'fflate';
import { readLibraryFile, type SkippedArticle } from '../library-file';
import type { SavedArticle } from '../saved';
import { readCsv } from './csv';
import { instapaperItems, isInstapaperCsv } from './instapaper';
import { linkArticle, type LinkItem } from './link-item';
import { isPocketCsv, isPocketHtml, pocketCsvItems, pocketHighlights, pocketHtmlItems, type ImportedItems } from './pocket';

export type ImportSource = 'lectern' | 'pocket' | 'instapaper';

export type ImportRead =
  | { ok: true; source: ImportSource; articles: SavedArticle[]; skipped: SkippedArticle[] }
  | { ok: false; reason: string };

/** The most a zip may unpack to: a Pocket export of 100,000 links is a few tens of MB; more is not one (or is a zip bomb). */
const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
const NOT_KNOWN = 'it is not a file Lectern can import (a Lectern reading list, or an export from Pocket or Instapaper)';

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

function articlesOf(source: ImportSource, { items, skipped }: ImportedItems, now: Date): ImportRead {
  const articles: SavedArticle[] = [];
  const seen = new Set<string>();
  items.forEach((item: LinkItem, i) => {
    const article = linkArticle(item, now);
    if (seen.has(article.id)) return skipped.push({ position: i + 1, reason: 'the same address appears earlier in the file' });
    seen.add(article.id);
    articles.push(article);
  });
  return { ok: true, source, articles, skipped };
}

function readZip(bytes: Uint8Array, now: Date): ImportRead {
  let files: Record<string, Uint8Array>;
  let unzipped = 0;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        unzipped += file.originalSize;
        if (unzipped > MAX_UNZIPPED_BYTES) throw new Error('too large unpacked');
        return /\.(csv|json)$/i.test(file.name);
      },
    });
  } catch (error) {
    return { ok: false, reason: String(error).includes('too large') ? 'it unpacks to more than 512 MB' : 'the zip file cannot be opened' };
  }
  const names = Object.keys(files).sort();
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
  if (parts.length === 0) return { ok: false, reason: 'the zip file holds no Pocket export (part_*.csv)' };
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
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readZip(bytes, now); // "PK": a zip file
  const text = decode(bytes).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('{')) {
    const read = readLibraryFile(text);
    return read.ok ? { ok: true, source: 'lectern', articles: read.articles, skipped: read.skipped } : read;
  }
  if (start.startsWith('<')) {
    const doc = parseHtml(text);
    return isPocketHtml(doc) ? articlesOf('pocket', pocketHtmlItems(doc), now) : { ok: false, reason: NOT_KNOWN };
  }
  const table = readCsv(text);
  if (isPocketCsv(table)) return articlesOf('pocket', pocketCsvItems(table, new Map()), now);
  if (isInstapaperCsv(table)) return articlesOf('instapaper', instapaperItems(table), now);
  return { ok: false, reason: NOT_KNOWN };
}
