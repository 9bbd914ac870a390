/** The reading list: saved articles, newest first, each opening its stored copy. */
import type { SavedSummary } from '../shared/saved';
import { formatDate } from './format';

export interface ReadingListProps {
  items: SavedSummary[] | null;
  error: string | null;
  readerUrl(id: string): string;
  onDelete(id: string): void;
}

export function ReadingList({ items, error, readerUrl, onDelete }: ReadingListProps) {
  return (
    <main class="reading-list">
      <h1>Reading list</h1>
      {error && <p class="notice error" role="alert">{error}</p>}
      {items === null && !error && <p class="notice" role="status">Loading…</p>}
      {items?.length === 0 && <p class="notice empty">Nothing saved yet. Open the reader on an article and press Save.</p>}
      {items && items.length > 0 && (
        <ul class="items">
          {items.map((item) => (
            <li class="item" key={item.id} data-id={item.id} lang={item.lang ?? undefined}>
              <a class="item-title" href={readerUrl(item.id)}>{item.title}</a>
              <p class="item-meta">
                {[item.siteName, item.byline, formatDate(item.publishedTime), `${item.readingMinutes} min`].filter(Boolean).join(' · ')}
              </p>
              {item.excerpt && <p class="item-excerpt">{item.excerpt}</p>}
              <button type="button" class="delete" onClick={() => onDelete(item.id)} aria-label={`Delete “${item.title}”`}>Delete</button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
