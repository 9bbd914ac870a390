/**
 * What the last push of the reading list's index to storage.sync did, in storage.local: the background
 * writes it, the reading list shows it (how many of the newest articles sync, and any error).
 */
import { localValue } from './local-value';

export interface SyncStatus {
  synced: number;
  offered: number;
  at: string;
  error: string | null;
}

export const syncStatus = localValue<SyncStatus>('sync.status');
