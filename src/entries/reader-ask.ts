/**
 * The reader page's first questions: its story (from the background) and the stored settings. reader.tsx
 * imports this module first, so that they are asked as soon as the page's script starts to run, before the
 * rest of it (Preact, the sanitizer, the components) is evaluated: the answers travel meanwhile.
 */
import type { ReaderPayload } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { sendToBackground } from '../platform/messaging';
import { loadSettings } from '../platform/settings-store';

/** Null for the tab's reader; a saved article's id for a saved copy opened from the reading list. */
export const savedId = new URLSearchParams(location.search).get('saved');

export const firstPayload: Promise<ReaderPayload> = sendToBackground('reader:get', { savedId }).catch(
  (error: unknown): ReaderPayload => ({ kind: 'error', reason: String(error) }),
);

/** Read alongside: the first render already has the reader's theme and type. */
export const firstSettings: Promise<Settings> = loadSettings().catch(() => DEFAULT_SETTINGS);
