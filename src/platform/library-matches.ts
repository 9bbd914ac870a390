/**
 * The background's library index: loaded from IndexedDB's profiles once per background lifetime (a
 * service worker may be stopped at any time: the next request loads it again), updated on every save
 * and delete. Runs in the extension's origin only, so a web page can never see what is in the list.
 */
import type { LibraryMatchView } from '../shared/messages';
import { LibraryIndex, LIBRARY_MATCHES, PROFILE_TERMS, type TermProfile } from '../shared/library-index';
import { allProfiles, summariesOf } from './reading-list-store';

let index: Promise<LibraryIndex> | null = null;

function libraryIndex(): Promise<LibraryIndex> {
  index ??= allProfiles().then(
    (records) => new LibraryIndex(records),
    (error: unknown) => {
      index = null; // try again on the next request rather than keep a failed load
      throw error;
    },
  );
  return index;
}

/** After an import: the index is loaded again from the stored profiles on the next request. */
export function rebuildLibraryIndex(): void {
  index = null;
}

export async function rememberProfile(id: string, profile: TermProfile): Promise<void> {
  (await libraryIndex()).set(id, profile);
}

export async function forgetProfile(id: string): Promise<void> {
  (await libraryIndex()).delete(id);
}

/** A profile as a page sent it: only [term, count] pairs, bounded, are used. */
export function validProfile(value: unknown): TermProfile {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, PROFILE_TERMS)
    .filter((pair): pair is [string, number] => Array.isArray(pair) && typeof pair[0] === 'string' && Number.isFinite(pair[1]) && pair[1] > 0);
}

export async function libraryMatches(profile: TermProfile, excludeId: string | null): Promise<LibraryMatchView[]> {
  const matches = (await libraryIndex()).closest(profile, excludeId, LIBRARY_MATCHES);
  const summaries = new Map((await summariesOf(matches.map((m) => m.id))).map((s) => [s.id, s]));
  return matches.flatMap(({ id, score }) => {
    const summary = summaries.get(id);
    return summary ? [{ id, title: summary.title, url: summary.url, siteName: summary.siteName, score }] : [];
  });
}
