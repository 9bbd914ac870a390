/**
 * Reading-list page wiring: asks the background for the rows a query shows, acts on articles (favourite,
 * archive, tag, delete with undo), follows changes made elsewhere, moves the whole list out to a file and
 * back in, and imports Pocket's and Instapaper's exports.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import '../ui/styles/base.css';
import '../ui/styles/pages.css';
import type { SavedArticle, SavedSummary } from '../shared/saved';
import { DEFAULT_LIST_QUERY, MAX_LIST_PAGE, type ListAnswer, type ListQuery } from '../shared/list-query';
import { libraryFileName, libraryFileParts, type ImportCounts } from '../shared/library-file';
import { bookmarksHtml, listCsv, markdownZip } from '../shared/list-exports';
import type { ExportFormat } from '../ui/ReadingList';
import { readImportFile } from '../shared/imports/import-file';
import { sendToBackground } from '../platform/messaging';
import { watchLibrary } from '../platform/library-signal';
import { backfillProgress } from '../platform/backfill-progress';
import { savedReaderUrl } from '../platform/navigation';
import { spaceUsed } from '../platform/storage-use';
import { syncStatus } from '../platform/sync-status';
import { translate } from '../platform/i18n';
import { ReadingList, type ReadingListProps } from '../ui/ReadingList';
import { downloadFile } from '../ui/download';
import { listKeyAction, runListKeyAction } from '../ui/list-keys';
import { useLiveSettings } from './page-settings';
import { useLocalValue } from './use-local-value';
import { mountPage } from './mount-page';

/** Articles per export message (the background caps it too). */
const EXPORT_PAGE = 200;
/** Articles per import message: each batch is stored in one transaction. */
const IMPORT_BATCH = 100;
/** Larger files are refused unread: a year of saving a hundred articles a day is well under it. */
const MAX_LIST_FILE_BYTES = 1024 * 1024 * 1024;
/** Skipped articles named one by one in the report; the rest are counted. */
const SKIPPED_NAMED = 5;

async function exportAll(format: ExportFormat): Promise<void> {
  const articles: SavedArticle[] = [];
  for (;;) {
    const page = await sendToBackground('list:export-page', { start: articles.length, count: EXPORT_PAGE });
    articles.push(...page);
    if (page.length < EXPORT_PAGE) break;
  }
  const day = new Date().toISOString().slice(0, 10);
  switch (format) {
    case 'bookmarks': return downloadFile([bookmarksHtml(articles)], `lectern-bookmarks-${day}.html`, 'text/html');
    case 'csv': return downloadFile([listCsv(articles)], `lectern-reading-list-${day}.csv`, 'text/csv');
    case 'markdown': return downloadFile([markdownZip(articles)], `lectern-markdown-${day}.zip`, 'application/zip');
    default: return downloadFile(libraryFileParts(articles), libraryFileName(), 'application/json');
  }
}

async function importFile(file: File): Promise<NonNullable<ReadingListProps['report']>> {
  if (file.size > MAX_LIST_FILE_BYTES) return { kind: 'error', text: translate('importRefused', translate('listFileTooLarge')) };
  const read = readImportFile(new Uint8Array(await file.arrayBuffer()), (html) => new DOMParser().parseFromString(html, 'text/html'));
  if (!read.ok) return { kind: 'error', text: translate('importRefused', read.reason) };
  const counts: ImportCounts = { added: 0, updated: 0, kept: 0 };
  for (let at = 0; at < read.articles.length; at += IMPORT_BATCH) {
    const result = await sendToBackground('list:import', { articles: read.articles.slice(at, at + IMPORT_BATCH) });
    if (!result.ok) return { kind: 'error', text: translate('importStopped', result.reason, counts.added + counts.updated) };
    counts.added += result.added;
    counts.updated += result.updated;
    counts.kept += result.kept;
  }
  const named = read.skipped.slice(0, SKIPPED_NAMED).map((s) => translate('articlePosition', s.position, s.reason));
  if (read.skipped.length > SKIPPED_NAMED) named.push('…');
  const skipped = read.skipped.length > 0 ? ` ${translate('importSkippedReport', read.skipped.length, named.join('; '))}` : '';
  return { kind: 'ok', text: translate('importReport', counts.added, counts.updated, counts.kept) + skipped };
}

/** How long "Undo" stays offered after a delete (the trash keeps the articles a while longer). */
const UNDO_VISIBLE_MS = 10_000;
/** Typing in the search box asks again this long after the last key, not on every key. */
const SEARCH_DELAY_MS = 150;

function App() {
  useLiveSettings();
  const [query, setQuery] = useState<ListQuery>(DEFAULT_LIST_QUERY);
  const [answer, setAnswer] = useState<ListAnswer | null>(null);
  const [items, setItems] = useState<SavedSummary[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ReadingListProps['report']>(null);
  const [deleted, setDeleted] = useState<{ ids: string[]; count: number } | null>(null);
  const backfill = useLocalValue(backfillProgress);
  const sync = useLocalValue(syncStatus);
  const [space, setSpace] = useState<number | null>(null);

  // The shown rows: the first page for the current query, asked again whenever the list changes anywhere.
  // Only the answer to the latest request is shown: an earlier one can arrive after it.
  const shownCount = useRef(query.limit);
  const currentQuery = useRef(query);
  currentQuery.current = query;
  const latestRequest = useRef(0);
  const reload = useCallback(() => {
    const asked = currentQuery.current;
    const request = ++latestRequest.current;
    sendToBackground('list:query', { query: { ...asked, offset: 0, limit: Math.min(MAX_LIST_PAGE, Math.max(asked.limit, shownCount.current)) } })
      .then((found) => {
        if (request !== latestRequest.current) return;
        // An answer without the filters' choices keeps the ones shown until its own arrive (no flicker).
        setAnswer((shown) => (found.facetsPending && shown ? { ...found, tags: shown.tags, sites: shown.sites, langs: shown.langs } : found));
        setItems(found.items);
        shownCount.current = found.items.length;
        // The first screen came straight from the store, before the filters' choices: those follow.
        if (found.facetsPending) {
          void sendToBackground('list:facets', {}).then((facets) => {
            if (request === latestRequest.current) setAnswer((current) => (current ? { ...current, ...facets } : current));
          });
        }
      })
      .catch((e: unknown) => setError(translate('listLoadError', String(e))));
  }, []);
  useEffect(() => {
    const timer = setTimeout(reload, query.text ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [query, reload]);
  // Saved, changed or deleted elsewhere (a reader, the toolbar menu, another list tab): show it at once,
  // and the space the list now takes.
  useEffect(() => {
    const measureSpace = () => void spaceUsed().then(setSpace);
    measureSpace();
    return watchLibrary(() => {
      reload();
      measureSpace();
    });
  }, [reload]);

  const more = useCallback(() => {
    sendToBackground('list:query', { query: { ...query, offset: items.length, limit: MAX_LIST_PAGE } })
      .then((found) => {
        setItems((shown) => [...shown, ...found.items]);
        shownCount.current = items.length + found.items.length;
      })
      .catch((e: unknown) => setError(translate('listLoadError', String(e))));
  }, [query, items.length]);

  const act = useCallback((work: Promise<unknown>) => {
    work.then(reload).catch((e: unknown) => setError(translate('deleteError', String(e))));
  }, [reload]);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  // Keys as in mail readers (ui/list-keys.ts).
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const action = listKeyAction(event);
      if (action && runListKeyAction(action, document)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <ReadingList
      answer={answer}
      items={items}
      query={query}
      selected={selected}
      error={error}
      report={report}
      deleted={deleted?.count ?? null}
      spaceUsed={space}
      sync={sync}
      progress={
        !backfill || backfill.total === 0
          ? null
          : translate(backfill.running ? 'backfillProgress' : 'backfillDone', backfill.done, backfill.total, backfill.failed)
      }
      readerUrl={savedReaderUrl}
      onQuery={(change) => {
        shownCount.current = DEFAULT_LIST_QUERY.limit;
        setQuery((current) => ({ ...current, ...change, offset: 0 }));
      }}
      onMore={more}
      onSelect={(ids, on) =>
        setSelected((current) => {
          const next = new Set(current);
          for (const id of ids) on ? next.add(id) : next.delete(id);
          return next;
        })
      }
      onChange={(ids, change) => act(sendToBackground('list:change', { ids, change }))}
      onDelete={(ids) =>
        act(
          sendToBackground('list:delete', { ids }).then(({ deleted: count }) => {
            setDeleted({ ids, count });
            setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
          }),
        )
      }
      onUndo={() => {
        if (!deleted) return;
        act(sendToBackground('list:undo-delete', { ids: deleted.ids }));
        setDeleted(null);
      }}
      onExport={(format) => void exportAll(format).catch((e: unknown) => setReport({ kind: 'error', text: translate('exportFailed', String(e)) }))}
      onImport={(file) =>
        void importFile(file)
          .catch((e: unknown): NonNullable<ReadingListProps['report']> => ({ kind: 'error', text: translate('importStopped', String(e), 0) }))
          .then((done) => {
            setReport(done);
            reload();
          })
      }
    />
  );
}

mountPage(App);
