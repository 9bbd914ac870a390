/**
 * A page fetched by the extension itself, not shown in any tab, and its article: "Save link to Lectern"
 * and the text of links imported from other reading lists. The article's address is where the fetch
 * ended (after redirects), the page's own claims aside, as for a tab. Cookies are not sent: a page that
 * needs the reader's login gives what it shows to anyone, and Lectern says when that is no story.
 */
import type { Article } from '../engine/types';
import { extractSnapshot } from '../shared/snapshot-extraction';
import { MAX_SNAPSHOT_CHARS } from '../shared/page-snapshot';
import { translate } from './i18n';

/** A page that has not answered in this long is given up on (a slow site, a dead host that never refuses). */
const FETCH_TIMEOUT_MS = 20_000;

export type FetchedArticle = { ok: true; article: Article; url: string } | { ok: false; reason: string };

export async function fetchArticle(url: string): Promise<FetchedArticle> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, reason: timedOut ? translate('fetchTimedOut') : translate('fetchFailed', String(error)) };
  }
  if (!response.ok) return { ok: false, reason: translate('fetchStatus', response.status) };
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html/i.test(type)) return { ok: false, reason: translate('fetchNotHtml', type.split(';')[0]!) };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_SNAPSHOT_CHARS * 2) return { ok: false, reason: translate('fetchTooLarge') };
  const html = await response.text();
  const finalUrl = response.url || url;
  const result = extractSnapshot({ ok: true, html, url: finalUrl });
  return result.ok ? { ok: true, article: result.article, url: finalUrl } : result;
}
