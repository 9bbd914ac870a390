/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder`, with `Timestamp` (Unix seconds) and `Tags` in
 * newer files. Folder Unread → unread, Archive → archived, Starred → a favourite, any other folder →
 * a tag of that name. The selection (text chosen when saving) is kept as a highlight.
 */
import { cell, hasColumns, type CsvTable } from './csv';
import { rowItems, unixSeconds, type ImportedItems } from './link-item';

export const INSTAPAPER_COLUMNS = ['URL', 'Title', 'Selection', 'Folder'] as const;

export function isInstapaperCsv(table: CsvTable): boolean {
  return hasColumns(table, INSTAPAPER_COLUMNS);
}

/** Tags as Instapaper writes them: a JSON list (`["a","b"]`) or words separated by commas. */
function tagsOf(raw: string): string[] {
  const text = raw.trim();
  if (text.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(text);
      if (Array.isArray(list)) return list.map((t) => (typeof t === 'object' && t !== null ? String((t as { name?: unknown }).name ?? '') : String(t)));
    } catch {
      // not JSON after all: read it as words
    }
  }
  return text.replace(/^\[|\]$/g, '').split(',');
}

export function instapaperItems(table: CsvTable): ImportedItems {
  return rowItems(table, 'URL', (row) => {
    const folder = cell(row, 'Folder').trim();
    const selection = cell(row, 'Selection').trim();
    const folderTag = /^(unread|archive|starred)$/i.test(folder) || !folder ? [] : [folder];
    return {
      title: cell(row, 'Title'),
      savedAt: unixSeconds(cell(row, 'Timestamp')),
      state: /^archive$/i.test(folder) ? 'archived' : 'unread',
      tags: [...tagsOf(cell(row, 'Tags')), ...folderTag],
      favourite: /^starred$/i.test(folder),
      highlights: selection ? [{ text: selection, note: null, createdAt: null }] : [],
    };
  });
}
