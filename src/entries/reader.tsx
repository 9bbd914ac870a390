/** Reader page wiring: shows what the background sent, handles the reader's keys, settings and position. */
import { firstPayload, firstSettings, savedId } from './reader-ask';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import '../ui/styles/base.css';
import '../ui/styles/reader.css';
import type { LibraryMatchView, ReaderPayload } from '../shared/messages';
import { POSITION_WRITTEN, WRITE_DOWN_POSITION } from '../shared/frame-signals';
import { profileOf } from '../shared/library-index';
import { savedIdFor } from '../shared/saved';
import { nextTheme, stepFontSize, type Settings } from '../shared/settings';
import { sendToBackground } from '../platform/messaging';
import { translate } from '../platform/i18n';
import { watchLibrary } from '../platform/library-signal';
import { loadPosition, savePosition } from '../platform/reading-positions';
import { Reader, type SaveStatus } from '../ui/Reader';
import { scrolledFraction } from '../ui/ReadingProgress';
import { readerKeyAction } from '../ui/reader-keys';
import { useLiveSettings, useSettingsChange } from './page-settings';
import { mountPage } from './mount-page';

/** Framed over a page (the tab's reader) or standalone (a saved copy opened from the reading list). */
const framed = savedId === null;
/**
 * The first render waits this long for the story, showing nothing meanwhile, so that the story is in the
 * first frame painted: a "loading" frame painted before it only delays it (it arrives in tens of ms). A
 * story slower than this (a saved link fetched first, a huge page) gets the loading notice until it comes.
 */
const LOADING_NOTICE_DELAY_MS = 150;
/** Scrolling is written down this long after it stops, not on every scroll event. */
const POSITION_SAVE_DELAY_MS = 400;
/** j/k and the arrows scroll by this many lines of text. */
const LINES_PER_STEP = 3;

/**
 * While the story still grows under a restored position (its pictures load, related reads arrive), the
 * position is restored again, for this long at most or until the reader scrolls: restored once, it
 * would be the same distance from the top of a longer story, a smaller share of it.
 */
const RESTORE_WINDOW_MS = 5_000;
/** What the reader does to move through the story: the restored position is theirs to change from then on. */
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Scroll position per article: restored once the story is shown, written down as the reader scrolls.
 * Returns what writes down at once a position not yet written (the reader closing right after a scroll).
 */
function useRememberedPosition(articleId: string | null): () => Promise<void> {
  const unwritten = useRef<(() => Promise<void>) | null>(null);
  useEffect(() => {
    if (!articleId) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scrollTo = (fraction: number): void => {
      const room = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo({ top: fraction * room, behavior: 'instant' });
    };
    // Only an article with a stored position watches the story grow, and only until stopRestoring.
    let restoring: { growth: ResizeObserver; until: ReturnType<typeof setTimeout> } | null = null;
    const stopRestoring = (): void => {
      if (!restoring) return;
      restoring.growth.disconnect();
      clearTimeout(restoring.until);
      restoring = null;
      for (const type of READER_MOVES) window.removeEventListener(type, stopRestoring, true);
    };
    void loadPosition(articleId).then((fraction) => {
      if (!alive || fraction === null) return;
      scrollTo(fraction);
      const growth = new ResizeObserver(() => scrollTo(fraction));
      growth.observe(document.body);
      restoring = { growth, until: setTimeout(stopRestoring, RESTORE_WINDOW_MS) };
      for (const type of READER_MOVES) window.addEventListener(type, stopRestoring, { capture: true, passive: true });
    });
    const writeDown = async (): Promise<void> => {
      clearTimeout(timer);
      unwritten.current = null;
      const fraction = scrolledFraction();
      await Promise.all([
        savePosition(articleId, fraction).catch(() => undefined),
        // A saved article's progress also goes to the reading list ("continue reading"); others are ignored there.
        sendToBackground('reader:progress', { id: articleId, progress: fraction }).catch(() => undefined),
      ]);
    };
    const onScroll = (): void => {
      clearTimeout(timer);
      unwritten.current = writeDown;
      timer = setTimeout(() => void writeDown(), POSITION_SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      alive = false;
      stopRestoring();
      clearTimeout(timer);
      unwritten.current = null;
      window.removeEventListener('scroll', onScroll);
    };
  }, [articleId]);
  return useCallback(async () => {
    await unwritten.current?.();
  }, []);
}

/** The tab's title is the story's (as text: a title is never markup). */
function titleTab(payload: ReaderPayload | null): void {
  if (payload && payload.kind !== 'error') document.title = payload.article.title;
}

interface FirstRender {
  settings: Settings;
  /** Null when the story took longer than the loading notice's delay. */
  payload: ReaderPayload | null;
}

function App({ first }: { first: FirstRender }) {
  const settings = useLiveSettings(first.settings);
  const [payload, setPayload] = useState<ReaderPayload | null>(first.payload);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'idle' });

  useEffect(() => {
    if (first.payload) return;
    void firstPayload.then((loaded) => {
      setPayload(loaded);
      titleTab(loaded);
    });
  }, [first]);

  const articleId = !payload || payload.kind === 'error' ? null : payload.kind === 'saved' ? payload.savedId : savedIdFor(payload.tabUrl || payload.article.url);
  const writeDownPosition = useRememberedPosition(articleId);

  // "From your library": asked when the article is known, and again whenever the list changes.
  const [libraryMatches, setLibraryMatches] = useState<LibraryMatchView[] | null>(null);
  const libraryQuery = useMemo(() => {
    if (!payload || payload.kind === 'error' || !articleId) return null;
    return { profile: profileOf(payload.article), excludeId: articleId };
  }, [payload, articleId]);
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

  // However the reader closes (Esc, its button, the toolbar button, the shortcut), the page asks it to
  // write down where it had just scrolled to before removing the frame: written as the frame went, on
  // pagehide or unmount, it never landed.
  useEffect(() => {
    if (!framed) return;
    const onMessage = (event: MessageEvent): void => {
      if (event.source !== window.parent || event.data !== WRITE_DOWN_POSITION) return;
      void writeDownPosition().then(() => window.parent.postMessage(POSITION_WRITTEN, '*'));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [writeDownPosition]);

  const save = useCallback(async () => {
    setSaveStatus({ state: 'saving' });
    try {
      const result = await sendToBackground('reader:save', {});
      setSaveStatus(result.ok ? { state: 'saved', created: result.created } : { state: 'failed', reason: result.reason });
    } catch (error) {
      setSaveStatus({ state: 'failed', reason: translate('notSaved', String(error)) });
    }
  }, []);

  const change = useSettingsChange(settings);
  const textSize = useCallback((direction: 1 | -1) => change((s) => ({ fontSize: stepFontSize(s.fontSize, direction) })), [change]);
  const cycleTheme = useCallback(() => change((s) => ({ theme: nextTheme(s.theme) })), [change]);
  const canSave = payload?.kind === 'article';

  // A layout effect: the keys work from the moment the story is in the document, not a frame later (an
  // Esc pressed just as the story appeared went unheard).
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = readerKeyAction(event);
      if (!action) return;
      if (action === 'close' && !framed) return;
      if (action === 'save' && !canSave) return;
      event.preventDefault();
      const line = settings.fontSize * settings.lineHeight;
      switch (action) {
        case 'close': return close();
        case 'larger': return textSize(1);
        case 'smaller': return textSize(-1);
        case 'theme': return cycleTheme();
        case 'save': return void save();
        case 'down': return window.scrollBy({ top: LINES_PER_STEP * line, behavior: 'smooth' });
        case 'up': return window.scrollBy({ top: -LINES_PER_STEP * line, behavior: 'smooth' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [close, textSize, cycleTheme, save, canSave, settings.fontSize, settings.lineHeight]);

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
      onTextSize={textSize}
      onNextTheme={cycleTheme}
      onPrint={() => window.print()}
    />
  );
}

const noticeDue = new Promise<null>((resolve) => setTimeout(resolve, LOADING_NOTICE_DELAY_MS, null));
void Promise.all([firstSettings, Promise.race([firstPayload, noticeDue])]).then(([settings, payload]) => {
  const first: FirstRender = { settings, payload };
  titleTab(payload);
  mountPage(() => <App first={first} />);
});
