/**
 * How far the background is in fetching the text of imported links, in storage.local: the background
 * writes it, the reading list shows it.
 */
import { localValue } from './local-value';

export interface BackfillProgress {
  running: boolean;
  total: number;
  done: number;
  failed: number;
}

export const backfillProgress = localValue<BackfillProgress>('backfill');
