/** The reader: one story, its metadata, and related reads beside it. Props in, callbacks out. */
import { useMemo } from 'preact/hooks';
import type { Article } from '../engine/types';
import type { LibraryMatchView, ReaderPayload } from '../shared/messages';
import { formatDate, hostOf } from './format';
import { useT, type Translate } from './i18n';
import { Listen } from './Listen';
import { ReadingProgress } from './ReadingProgress';
import { sanitizeArticleHtml } from './sanitize';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; created: boolean }
  | { state: 'failed'; reason: string };

export interface ReaderProps {
  payload: ReaderPayload | null;
  saveStatus: SaveStatus;
  /** True when the reader covers a web page (Esc/close returns to it); false for a saved copy in its own tab. */
  framed: boolean;
  onClose(): void;
  onSave(): void;
  onOpenList(): void;
  onOpenOptions(): void;
  /** Saved articles close to this one (null until known). */
  libraryMatches: LibraryMatchView[] | null;
  onOpenSaved(id: string): void;
  onTextSize(direction: 1 | -1): void;
  onNextTheme(): void;
  onPrint(): void;
}

function saveLabel(t: Translate, status: SaveStatus, alreadySaved: boolean): string {
  switch (status.state) {
    case 'saving': return t('saving');
    case 'saved': return status.created ? t('saved') : t('savedUpdated');
    case 'failed': return t('saveFailed');
    default: return alreadySaved ? t('saved') : t('save');
  }
}

function leadImageInContent(article: Article): boolean {
  if (!article.leadImage) return true;
  const file = article.leadImage.split('/').pop()?.replace(/-\d+x\d+(?=\.\w+$)/, '') ?? '';
  return article.contentHtml.includes(file);
}

function Story({ article }: { article: Article }) {
  const t = useT();
  const html = useMemo(() => sanitizeArticleHtml(article.contentHtml), [article.contentHtml]);
  const date = formatDate(article.publishedTime);
  return (
    <article class="story" lang={article.lang ?? undefined} dir={article.dir}>
      <header class="story-header">
        {article.siteName && <p class="site-name">{article.siteName}</p>}
        {/* elementtiming: the browser reports when the title is painted; bench/reader-open.ts times the reader's opening by it. */}
        <h1 class="title" elementtiming="story-title">{article.title}</h1>
        <p class="meta">
          {article.byline && <span class="byline">{article.byline}</span>}
          {date && article.publishedTime && <time class="published" dateTime={article.publishedTime}>{date}</time>}
          <span class="reading-time">{t('minRead', article.readingMinutes)}</span>
          <a class="original" href={article.url} target="_top" rel="noopener noreferrer" title={t('originalLink', hostOf(article.url))}>{hostOf(article.url)}</a>
        </p>
      </header>
      {article.leadImage && !leadImageInContent(article) && (
        <figure class="lead-image">
          <img
            src={article.leadImage}
            alt=""
            decoding="async"
            referrerpolicy="no-referrer"
            // Offline, or a dead link: no empty box where the picture would be.
            onError={(event) => event.currentTarget.closest('figure')?.setAttribute('hidden', '')}
          />
        </figure>
      )}
      {article.contentHtml ? (
        <div class="content" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p class="notice content-missing">
          {t('contentMissing')} <a href={article.url} target="_top" rel="noopener noreferrer">{hostOf(article.url)}</a>
        </p>
      )}
    </article>
  );
}

function Related({ article }: { article: Article }) {
  const t = useT();
  if (article.related.length === 0) return null;
  return (
    <aside class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('relatedReads')}</h2>
      <ol>
        {article.related.map((link) => (
          <li key={link.url} data-source={link.source}>
            <a href={link.url} target="_top" rel="noopener noreferrer">{link.title}</a>
          </li>
        ))}
      </ol>
    </aside>
  );
}

function FromLibrary({ matches, onOpen }: { matches: LibraryMatchView[] | null; onOpen(id: string): void }) {
  const t = useT();
  if (!matches || matches.length === 0) return null;
  return (
    <aside class="library" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('fromLibrary')}</h2>
      <ol>
        {matches.map((match) => (
          <li key={match.id} data-id={match.id}>
            <button type="button" class="library-match" onClick={() => onOpen(match.id)}>{match.title}</button>
            {match.siteName && <span class="site">{match.siteName}</span>}
          </li>
        ))}
      </ol>
    </aside>
  );
}

export function Reader(props: ReaderProps) {
  const t = useT();
  const { payload, saveStatus } = props;
  const article = payload && payload.kind !== 'error' ? payload.article : null;
  const alreadySaved = payload?.kind === 'saved' || (payload?.kind === 'article' && payload.savedId !== null);
  return (
    <div class="reader">
      <div class="toolbar" role="toolbar" aria-label={t('readerLabel')}>
        {props.framed && (
          <button type="button" class="close" onClick={props.onClose} title={t('closeTitle')}>{t('close')}</button>
        )}
        {payload?.kind === 'article' && (
          <button type="button" class="save" onClick={props.onSave} disabled={saveStatus.state === 'saving'} aria-live="polite" title={t('saveTitle')}>
            {saveLabel(t, saveStatus, alreadySaved)}
          </button>
        )}
        <span class="view-controls">
          <button type="button" class="text-smaller" onClick={() => props.onTextSize(-1)} title={t('textSmaller')} aria-label={t('textSmaller')}>A−</button>
          <button type="button" class="text-larger" onClick={() => props.onTextSize(1)} title={t('textLarger')} aria-label={t('textLarger')}>A+</button>
          <button type="button" class="next-theme" onClick={props.onNextTheme} title={t('nextTheme')} aria-label={t('nextTheme')}>◐</button>
        </span>
        {article && <Listen lang={article.lang ?? document.documentElement.lang} />}
        {article && <button type="button" class="print" onClick={props.onPrint}>{t('print')}</button>}
        <button type="button" class="open-list" onClick={props.onOpenList}>{t('readingList')}</button>
        <button type="button" class="open-options" onClick={props.onOpenOptions}>{t('options')}</button>
        {article && <ReadingProgress label={t('progressLabel')} />}
      </div>
      {saveStatus.state === 'failed' && <p class="notice error" role="alert">{saveStatus.reason}</p>}
      {payload === null && <p class="notice" role="status">{t('loading')}</p>}
      {payload?.kind === 'error' && (
        <div class="notice error" role="alert">
          <h1>{t('cannotShow')}</h1>
          <p class="reason">{payload.reason}</p>
        </div>
      )}
      {article && (
        <main class="layout">
          <Story article={article} />
          <div class="side">
            <Related article={article} />
            <FromLibrary matches={props.libraryMatches} onOpen={props.onOpenSaved} />
          </div>
        </main>
      )}
    </div>
  );
}
