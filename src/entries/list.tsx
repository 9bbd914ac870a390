/** Reading-list page wiring: loads the summaries from the background, deletes on request, follows changes made elsewhere. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import '../ui/styles/base.css';
import '../ui/styles/pages.css';
import type { SavedSummary } from '../shared/saved';
import { sendToBackground } from '../platform/messaging';
import { watchLibrary } from '../platform/library-signal';
import { savedReaderUrl } from '../platform/navigation';
import { ReadingList } from '../ui/ReadingList';
import { translate } from '../platform/i18n';
import { useLiveSettings } from './page-settings';
import { mountPage } from './mount-page';

function App() {
  useLiveSettings();
  const [items, setItems] = useState<SavedSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

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

  return <ReadingList items={items} error={error} readerUrl={savedReaderUrl} onDelete={remove} />;
}

mountPage(App);
