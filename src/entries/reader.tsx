/** Reader page wiring: fetches what to show from the background and handles the reader's keys. */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import '../ui/styles/base.css';
import '../ui/styles/reader.css';
import type { LibraryMatchView, ReaderPayload } from '../shared/messages';
import { profileOf } from '../shared/library-index';
import { savedIdFor } from '../shared/saved';
import { sendToBackground } from '../platform/messaging';
import { watchLibrary } from '../platform/library-signal';
import { Reader, type SaveStatus } from '../ui/Reader';
import { useLiveSettings } from './page-settings';

const savedId = new URLSearchParams(location.search).get('saved');
/** Framed over a page (the tab's reader) or standalone (a saved copy opened from the reading list). */
const framed = savedId === null;

function App() {
  useLiveSettings();
  const [payload, setPayload] = useState<ReaderPayload | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'idle' });

  useEffect(() => {
    sendToBackground('reader:get', { savedId })
      .then((loaded) => {
        setPayload(loaded);
        if (loaded.kind !== 'error') document.title = loaded.article.title;
      })
      .catch((error: unknown) => setPayload({ kind: 'error', reason: String(error) }));
  }, []);

  // "From your library": asked when the article is known, and again whenever the list changes.
  const [libraryMatches, setLibraryMatches] = useState<LibraryMatchView[] | null>(null);
  const libraryQuery = useMemo(() => {
    if (!payload || payload.kind === 'error') return null;
    return { profile: profileOf(payload.article), excludeId: payload.kind === 'saved' ? payload.savedId : savedIdFor(payload.tabUrl || payload.article.url) };
  }, [payload]);
  const askLibrary = useCallback(() => {
    if (!libraryQuery) return;
    sendToBackground('library:similar', libraryQuery)
      .then(setLibraryMatches)
      .catch(() => setLibraryMatches([])); // the story matters more than its neighbours: show it without them
  }, [libraryQuery]);
  useEffect(askLibrary, [askLibrary]);
  useEffect(() => watchLibrary(askLibrary), [askLibrary]);

  const close = useCallback(() => {
    if (framed) void sendToBackground('reader:close', {});
  }, []);

  const save = useCallback(async () => {
    setSaveStatus({ state: 'saving' });
    try {
      const result = await sendToBackground('reader:save', {});
      setSaveStatus(result.ok ? { state: 'saved', created: result.created } : { state: 'failed', reason: result.reason });
    } catch (error) {
      setSaveStatus({ state: 'failed', reason: `The article was not saved (${String(error)}).` });
    }
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && framed) {
        event.preventDefault();
        close();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [close]);

  return (
    <Reader
      payload={payload}
      saveStatus={saveStatus}
      framed={framed}
      onClose={close}
      onSave={() => void save()}
      onOpenList={() => void sendToBackground('open:list', {})}
      onOpenOptions={() => void sendToBackground('open:options', {})}
      libraryMatches={libraryMatches}
      onOpenSaved={(id) => void sendToBackground('open:saved', { id })}
    />
  );
}

render(<App />, document.getElementById('app')!);
