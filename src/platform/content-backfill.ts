/**
 * The text of links imported from other reading lists, fetched and extracted in the background after an
 * import, a few at a time, progress written for the reading list to show. A link that cannot be fetched
 * (gone, not a page, no story) stays a link, counted as failed; the next import, or the background's next
 * start after an interrupted run, tries the remaining ones again.
 */
import type { TermProfile } from '../shared/library-index';
import { backfillProgress, type BackfillProgress } from './backfill-progress';
import { fetchArticle } from './page-fetch';
import { fillContent, missingContent } from './reading-list-store';

/** Pages fetched at once: quick enough for a few hundred links, gentle on the sites and the machine. */
const CONCURRENCY = 2;

let running: Promise<void> | null = null;

/** Starts fetching (once: a call while it runs joins it). `onFilled` indexes each article that gets its text. */
export function fillMissingContent(onFilled: (id: string, profile: TermProfile) => Promise<void>): Promise<void> {
  running ??= run(onFilled).finally(() => {
    running = null;
  });
  return running;
}

/** After the background restarts: a run that was cut short goes on. */
export async function resumeInterruptedFill(onFilled: (id: string, profile: TermProfile) => Promise<void>): Promise<void> {
  if ((await backfillProgress.read())?.running) await fillMissingContent(onFilled);
}

/** One link's text fetched, read and stored, then `onFilled` told; whether it was (a page that cannot be fetched, or a link filled or deleted meanwhile, is not). */
export async function fillLink(link: { id: string; url: string }, onFilled: (id: string, profile: TermProfile) => Promise<void>): Promise<boolean> {
  const fetched = await fetchArticle(link.url);
  const profile = fetched.ok ? await fillContent(link.id, fetched.article) : null;
  if (profile) await onFilled(link.id, profile);
  return profile !== null;
}

async function run(onFilled: (id: string, profile: TermProfile) => Promise<void>): Promise<void> {
  const progress: BackfillProgress = { running: true, total: 0, done: 0, failed: 0 };
  const attempted = new Set<string>();
  // Links imported while a run is going on join it: the list is read again until nothing new is missing.
  for (;;) {
    const queue = (await missingContent()).filter((link) => !attempted.has(link.id));
    if (queue.length === 0) break;
    for (const link of queue) attempted.add(link.id);
    progress.total += queue.length;
    await backfillProgress.write({ ...progress });
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (await fillLink(next, onFilled)) progress.done++;
        else progress.failed++;
        await backfillProgress.write({ ...progress });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  }
  await backfillProgress.write({ ...progress, running: false });
}
