/**
 * Reading-list page wiring: loads the summaries from the background, deletes on request, follows changes
 * made elsewhere, moves the whole list out to a file and back in, and imports Pocket's and Instapaper's exports.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import '../ui/styles/base.css';
import '../ui/styles/pages.css';
import type { SavedArticle, SavedSummary } from '../shared/saved';
import { libraryFileName, libraryFileParts, type ImportCounts } from '../shared/library-file';
import { readImportFile } from '../shared/imports/import-file';
import { sendToBackground } from '../platform/messaging';
import { watchLibrary } from '../platform/library-signal';
import { readBackfill, watchBackfill, type BackfillProgress } from '../platform/backfill-progress';
import { savedReaderUrl } from '../platform/navigation';
import { translate } from '../platform/i18n';
import { ReadingList, type ReadingListProps } from '../ui/ReadingList';
import { useLiveSettings } from './page-settings';
import { mountPage } from './mount-page';

/** Articles per export message (the background caps it too). */
const EXPORT_PAGE = 200;
/** Articles per import message: each batch is stored in one transaction. */
const IMPORT_BATCH = 100;
/** Larger files are refused unread: a year of saving a hundred articles a day is well under it. */
const MAX_LIST_FILE_BYTES = 1024 * 1024 * 1024;
/** Skipped articles named one by one in the report; the rest are counted. */
const SKIPPED_NAMED = 5;

function download(parts: string[], fileName: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function exportAll(): Promise<void> {
  const articles: SavedArticle[] = [];
  for (;;) {
    const page = await sendToBackground('list:export-page', { start: articles.length, count: EXPORT_PAGE });
    articles.push(...page);
    if (page.length < EXPORT_PAGE) break;
  }
  download(libraryFileParts(articles), libraryFileName());
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

function App() {
  useLiveSettings();
  const [items, setItems] = useState<SavedSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ReadingListProps['report']>(null);
  const [backfill, setBackfill] = useState<BackfillProgress | null>(null);
  useEffect(() => {
    void readBackfill().then(setBackfill);
    return watchBackfill(setBackfill);
  }, []);

  const reload = useCallback(() => {
    sendToBackground('list:all', {})
      .then(setItems)
      .catch((e: unknown) => setError(translate('listLoadError', String(e))));
  }, []);
  useEffect(reload, [reload]);
  // Saved or deleted elsewhere (a reader, the toolbar menu, another list tab): show it at once.
  useEffect(() => watchLibrary(reload), [reload]);

  const remove = useCallback(
    (id: string) => {
      sendToBackground('list:delete', { id })
        .then(reload)
        .catch((e: unknown) => setError(translate('deleteError', String(e))));
    },
    [reload],
  );

  return (
    <ReadingList
      items={items}
      error={error}
      report={report}
      progress={
        !backfill || backfill.total === 0
          ? null
          : translate(backfill.running ? 'backfillProgress' : 'backfillDone', backfill.done, backfill.total, backfill.failed)
      }
      readerUrl={savedReaderUrl}
      onDelete={remove}
      onExport={() => void exportAll().catch((e: unknown) => setReport({ kind: 'error', text: translate('exportFailed', String(e)) }))}
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
