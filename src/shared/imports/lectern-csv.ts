/**
 * Lectern's own CSV export (list-exports.ts) read back: the list state of each article (its text is
 * fetched again, as for any list of links). The apostrophe the export puts before a cell a spreadsheet
 * would run as a formula is taken off.
 */
import type { SkippedArticle } from '../library-file';
import { CSV_TAG_SEPARATOR, LIST_CSV_COLUMNS } from '../list-exports';
import { absoluteUrl } from '../../engine/url';
import { cell, hasColumns, type CsvTable } from './csv';
import { isoDate, readShare, type LinkItem } from './link-item';
import type { ImportedItems } from './pocket';

export function isLecternCsv(table: CsvTable): boolean {
  return hasColumns(table, LIST_CSV_COLUMNS);
}

const cellText = (raw: string): string => (/^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw);

export function lecternCsvItems(table: CsvTable): ImportedItems {
  const items: LinkItem[] = [];
  const skipped: SkippedArticle[] = [];
  table.rows.forEach((row, i) => {
    const url = absoluteUrl(cell(row, 'url'));
    if (!url) return skipped.push({ position: i + 1, reason: `"${cell(row, 'url').slice(0, 80)}" is not a web address` });
    items.push({
      url,
      title: cellText(cell(row, 'title')),
      savedAt: isoDate(cell(row, 'saved')),
      state: cell(row, 'state').trim() === 'archived' ? 'archived' : 'unread',
      tags: cellText(cell(row, 'tags')).split(CSV_TAG_SEPARATOR),
      favourite: cell(row, 'favourite').trim() === 'true',
      highlights: [],
      progress: readShare(cell(row, 'progress')),
    });
  });
  return { items, skipped };
}
