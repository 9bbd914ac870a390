/**
 * Readwise Reader's CSV export: `Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen`.
 * Tags come as a Python list (`['a', 'b']`); Location archive → archived, any other (new, later,
 * shortlist, feed) → unread; Location shortlist → a favourite (Reader's "star").
 */
import { cell, hasColumns, type CsvTable } from './csv';
import { isoDate, readShare, rowItems, type ImportedItems } from './link-item';

export const READWISE_COLUMNS = ['Title', 'URL', 'Document tags', 'Saved date', 'Location'] as const;

export function isReadwiseCsv(table: CsvTable): boolean {
  return hasColumns(table, READWISE_COLUMNS);
}

/** `['a', "b's"]` → a, b's; also a bare comma-separated list. */
function tagsOf(raw: string): string[] {
  const text = raw.trim().replace(/^\[|\]$/g, '');
  const quoted = [...text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return quoted.length > 0 ? quoted : text.split(',');
}

export function readwiseItems(table: CsvTable): ImportedItems {
  return rowItems(table, 'URL', (row) => {
    const location = cell(row, 'Location').trim().toLowerCase();
    return {
      title: cell(row, 'Title'),
      savedAt: isoDate(cell(row, 'Saved date')),
      state: location === 'archive' ? 'archived' : 'unread',
      tags: tagsOf(cell(row, 'Document tags')),
      favourite: location === 'shortlist',
      highlights: [],
      progress: readShare(cell(row, 'Reading progress')),
    };
  });
}
