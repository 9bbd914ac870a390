/**
 * The reading list: views, filters, search and order; each article opening its stored copy, with its
 * favourite, archive and delete controls; several at once through the selection; undo after a delete;
 * export and import. Props in, callbacks out.
 */
import type { ListStateChange } from '../shared/list-query';
import { LIST_SORTS, LIST_VIEWS, type ListAnswer, type ListQuery, type ListSort, type ListView } from '../shared/list-query';
import type { SavedSummary } from '../shared/saved';
import { useRef } from 'preact/hooks';
import { FilePicker } from './FilePicker';
import { formatBytes, formatDate } from './format';
import { useT, type MessageKey } from './i18n';

/** What "Export" writes: Lectern's own file (everything), bookmarks, a spreadsheet, or each article as Markdown. */
export const EXPORT_FORMATS = ['json', 'bookmarks', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const EXPORT_FORMAT_LABELS: Record<ExportFormat, MessageKey> = { json: 'exportJson', bookmarks: 'exportBookmarks', csv: 'exportCsv', markdown: 'exportMarkdown' };

export interface ReadingListProps {
  answer: ListAnswer | null;
  /** The rows shown so far (the answer's first page and the ones "Show more" added). */
  items: SavedSummary[];
  query: ListQuery;
  selected: ReadonlySet<string>;
  error: string | null;
  /** What the last import or export did (null before any). */
  report: { kind: 'ok' | 'error'; text: string } | null;
  /** How far the text of imported links has been fetched (null when there is nothing to say). */
  progress: string | null;
  /** What syncs to the reader's other browsers (null before the first sync). */
  sync: { synced: number; offered: number; error: string | null } | null;
  /** Bytes the extension's storage holds, by the browser's estimate (null while unknown). */
  spaceUsed: number | null;
  /** Articles just deleted, which "Undo" puts back (null when there are none). */
  deleted: number | null;
  readerUrl(id: string): string;
  onQuery(change: Partial<ListQuery>): void;
  onMore(): void;
  onSelect(ids: string[], selected: boolean): void;
  onChange(ids: string[], change: ListStateChange): void;
  onDelete(ids: string[]): void;
  onUndo(): void;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
}

const VIEW_LABELS: Record<ListView, MessageKey> = { all: 'viewAll', unread: 'viewUnread', archived: 'viewArchived', favourites: 'viewFavourites', continue: 'viewContinue' };
const SORT_LABELS: Record<ListSort, MessageKey> = { saved: 'sortSaved', published: 'sortPublished', title: 'sortTitle', site: 'sortSite', length: 'sortLength' };

function Filter({ name, label, value, options, onChange }: { name: string; label: string; value: string | null; options: string[]; onChange(value: string | null): void }) {
  const t = useT();
  return (
    <label class={`filter ${name}`}>
      <span>{label}</span>
      <select name={name} value={value ?? ''} onChange={(e) => onChange((e.target as HTMLSelectElement).value || null)}>
        <option value="">{t('anyValue')}</option>
        {options.map((option) => (
          <option key={option} value={option}>{option}</option>
        ))}
      </select>
    </label>
  );
}

function Item({ item, selected, props }: { item: SavedSummary; selected: boolean; props: ReadingListProps }) {
  const t = useT();
  const meta = [item.siteName, item.byline, formatDate(item.publishedTime), item.readingMinutes > 0 && t('minutes', item.readingMinutes), item.progress > 0 && item.progress < 1 && t('percentRead', Math.round(item.progress * 100))];
  return (
    <li class={`item ${item.state}`} data-id={item.id} lang={item.lang ?? undefined}>
      <input type="checkbox" class="select-item" checked={selected} aria-label={t('selectItem', item.title)} onChange={(e) => props.onSelect([item.id], (e.target as HTMLInputElement).checked)} />
      <div class="item-body">
        <a class="item-title" href={props.readerUrl(item.id)}>{item.title}</a>
        {item.contentStatus === 'missing' && <span class="link-only"> ({t('linkOnly')})</span>}
        <p class="item-meta">{meta.filter(Boolean).join(' · ')}</p>
        {item.tags.length > 0 && <p class="item-tags">{item.tags.map((tag) => <span key={tag} class="tag">{tag}</span>)}</p>}
        {item.excerpt && <p class="item-excerpt">{item.excerpt}</p>}
        <div class="item-actions">
          <button type="button" class="favourite" aria-pressed={item.favourite} aria-label={t('favouriteLabel', item.title)} onClick={() => props.onChange([item.id], { favourite: !item.favourite })}>
            {item.favourite ? '★' : '☆'} {t('favourite')}
          </button>
          <button
            type="button"
            class="archive"
            aria-label={item.state === 'archived' ? t('unarchiveLabel', item.title) : t('archiveLabel', item.title)}
            onClick={() => props.onChange([item.id], { state: item.state === 'archived' ? 'unread' : 'archived' })}
          >
            {item.state === 'archived' ? t('unarchive') : t('archive')}
          </button>
          <button type="button" class="delete" onClick={() => props.onDelete([item.id])} aria-label={t('deleteLabel', item.title)}>{t('delete')}</button>
        </div>
      </div>
    </li>
  );
}

export function ReadingList(props: ReadingListProps) {
  const t = useT();
  const { answer, items, query, selected, error, report, progress } = props;
  const chosen = [...selected];
  const exportFormat = useRef<HTMLSelectElement>(null);
  const allShownSelected = items.length > 0 && items.every((item) => selected.has(item.id));
  return (
    <main class="reading-list">
      <h1>{t('readingListTitle')}</h1>
      <div class="list-actions">
        <select name="export-format" aria-label={t('exportFormat')} ref={exportFormat}>
          {EXPORT_FORMATS.map((format) => <option key={format} value={format}>{t(EXPORT_FORMAT_LABELS[format])}</option>)}
        </select>
        <button type="button" class="export-list" onClick={() => props.onExport((exportFormat.current?.value ?? 'json') as ExportFormat)} disabled={!answer || answer.total === 0 && !query.text && query.view === 'all'}>{t('exportAll')}</button>
        <FilePicker className="import-list" label={t('importList')} accept=".json,.csv,.zip,.html,.htm,application/json,text/csv,application/zip,text/html" onFile={props.onImport} />
        {props.spaceUsed !== null && <span class="space-used">{t('spaceUsed', formatBytes(props.spaceUsed))}</span>}
      </div>
      <p class="keys-hint">{t('listKeys')}</p>
      {props.sync && (
        <p class={`notice sync-status${props.sync.error ? ' error' : ''}`}>
          {props.sync.error
            ? t('syncFailed', props.sync.error)
            : props.sync.synced < props.sync.offered
              ? t('syncedNewest', props.sync.synced, props.sync.offered)
              : t('syncedAll', props.sync.synced)}
        </p>
      )}
      {report && (
        <p class={`notice report ${report.kind === 'error' ? 'error' : 'done'}`} role={report.kind === 'error' ? 'alert' : 'status'}>{report.text}</p>
      )}
      {progress && <p class="notice backfill" role="status">{progress}</p>}
      {props.deleted !== null && (
        <p class="notice undo-bar" role="status">
          {t('deletedCount', props.deleted)} <button type="button" class="undo" onClick={props.onUndo}>{t('undo')}</button>
        </p>
      )}
      {error && <p class="notice error" role="alert">{error}</p>}

      <div class="list-search" role="search">
        <input
          type="search"
          name="search"
          aria-label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          value={query.text}
          onInput={(e) => props.onQuery({ text: (e.target as HTMLInputElement).value })}
        />
      </div>
      <nav class="views" aria-label={t('readingListTitle')}>
        {LIST_VIEWS.map((view) => (
          <button key={view} type="button" class={`view ${view}`} aria-pressed={query.view === view} onClick={() => props.onQuery({ view })}>{t(VIEW_LABELS[view])}</button>
        ))}
      </nav>
      <div class="filters">
        <Filter name="tag" label={t('filterTag')} value={query.tag} options={answer?.tags ?? []} onChange={(tag) => props.onQuery({ tag })} />
        <Filter name="site" label={t('filterSite')} value={query.site} options={answer?.sites ?? []} onChange={(site) => props.onQuery({ site })} />
        <Filter name="lang" label={t('filterLang')} value={query.lang} options={answer?.langs ?? []} onChange={(lang) => props.onQuery({ lang })} />
        <label class="filter sort">
          <span>{t('sortBy')}</span>
          <select name="sort" value={query.sort} onChange={(e) => props.onQuery({ sort: (e.target as HTMLSelectElement).value as ListSort })}>
            {LIST_SORTS.map((sort) => (
              <option key={sort} value={sort}>{t(SORT_LABELS[sort])}</option>
            ))}
          </select>
        </label>
        <label class="filter descending">
          <input type="checkbox" name="descending" checked={query.descending} onChange={(e) => props.onQuery({ descending: (e.target as HTMLInputElement).checked })} />
          {t('descending')}
        </label>
      </div>

      {items.length > 0 && (
        <div class="bulk" role="group" aria-label={t('selectedCount', chosen.length)}>
          <label>
            <input type="checkbox" class="select-all" checked={allShownSelected} onChange={(e) => props.onSelect(items.map((i) => i.id), (e.target as HTMLInputElement).checked)} />
            {t('selectAll')}
          </label>
          {chosen.length > 0 && (
            <>
              <span class="selected-count">{t('selectedCount', chosen.length)}</span>
              <button type="button" class="bulk-archive" onClick={() => props.onChange(chosen, { state: 'archived' })}>{t('archive')}</button>
              <button type="button" class="bulk-unarchive" onClick={() => props.onChange(chosen, { state: 'unread' })}>{t('unarchive')}</button>
              <form
                class="bulk-tag"
                onSubmit={(e) => {
                  e.preventDefault();
                  const input = (e.currentTarget as HTMLFormElement).elements.namedItem('tag') as HTMLInputElement;
                  if (input.value.trim()) props.onChange(chosen, { addTag: input.value.trim() });
                  input.value = '';
                }}
              >
                <input type="text" name="tag" aria-label={t('tagInputLabel')} />
                <button type="submit">{t('addTag')}</button>
              </form>
              <button type="button" class="bulk-delete" onClick={() => props.onDelete(chosen)}>{t('deleteSelected')}</button>
            </>
          )}
        </div>
      )}

      {answer === null && !error && <p class="notice" role="status">{t('loading')}</p>}
      {answer?.total === 0 && !query.text && query.view === 'all' && !query.tag && !query.site && !query.lang && <p class="notice empty">{t('emptyList')}</p>}
      {answer?.total === 0 && (query.text || query.view !== 'all' || query.tag || query.site || query.lang) && <p class="notice empty">{t('noMatch')}</p>}
      {items.length > 0 && (
        <ul class="items">
          {items.map((item) => <Item key={item.id} item={item} selected={selected.has(item.id)} props={props} />)}
        </ul>
      )}
      {answer && items.length > 0 && (
        <p class="shown">
          {t('shownOf', items.length, answer.total ?? '…')}{' '}
          {(answer.total === null ? items.length >= query.limit : items.length < answer.total) && (
            <button type="button" class="show-more" onClick={props.onMore}>{t('showMore')}</button>
          )}
        </p>
      )}
    </main>
  );
}
