/** The reading list: saved articles, newest first, each opening its stored copy. */
import type { SavedSummary } from '../shared/saved';
import { formatDate } from './format';
import { useT } from './i18n';

export interface ReadingListProps {
  items: SavedSummary[] | null;
  error: string | null;
  /** What the last import or export did (null before any). */
  report: { kind: 'ok' | 'error'; text: string } | null;
  /** How far the text of imported links has been fetched (null when there is nothing to say). */
  progress: string | null;
  readerUrl(id: string): string;
  onDelete(id: string): void;
  onExport(): void;
  onImport(file: File): void;
}

export function ReadingList({ items, error, report, progress, readerUrl, onDelete, onExport, onImport }: ReadingListProps) {
  const t = useT();
  return (
    <main class="reading-list">
      <h1>{t('readingListTitle')}</h1>
      <div class="list-actions">
        <button type="button" class="export-list" onClick={onExport} disabled={!items || items.length === 0}>{t('exportAll')}</button>
        <label class="import-list button">
          {t('importList')}
          <input
            type="file"
            accept=".json,.csv,.zip,.html,.htm,application/json,text/csv,application/zip,text/html"
            class="visually-hidden"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              if (file) onImport(file);
              input.value = '';
            }}
          />
        </label>
      </div>
      {report && (
        <p class={`notice report ${report.kind === 'error' ? 'error' : 'done'}`} role={report.kind === 'error' ? 'alert' : 'status'}>{report.text}</p>
      )}
      {progress && <p class="notice backfill" role="status">{progress}</p>}
      {error && <p class="notice error" role="alert">{error}</p>}
      {items === null && !error && <p class="notice" role="status">{t('loading')}</p>}
      {items?.length === 0 && <p class="notice empty">{t('emptyList')}</p>}
      {items && items.length > 0 && (
        <ul class="items">
          {items.map((item) => (
            <li class="item" key={item.id} data-id={item.id} lang={item.lang ?? undefined}>
              <a class="item-title" href={readerUrl(item.id)}>{item.title}</a>
              {item.contentStatus === 'missing' && <span class="link-only"> ({t('linkOnly')})</span>}
              <p class="item-meta">
                {[item.siteName, item.byline, formatDate(item.publishedTime), item.readingMinutes > 0 && t('minutes', item.readingMinutes)].filter(Boolean).join(' · ')}
              </p>
              {item.excerpt && <p class="item-excerpt">{item.excerpt}</p>}
              <button type="button" class="delete" onClick={() => onDelete(item.id)} aria-label={t('deleteLabel', item.title)}>{t('delete')}</button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
