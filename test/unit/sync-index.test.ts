/**
 * The reading list's synced index: within storage.sync's item quota, the newest articles first when it
 * is full, one item rewritten for one article's change, everything read back as it was written, and
 * items from elsewhere checked like any outside data.
 */
import { describe, expect, it } from 'vitest';
import { chunkKey, decodeIndex, encodeIndex, GONE_KEPT_MS, GONE_KEY, joinDeletions, SYNC_CHUNKS, SYNC_ITEM_BYTES, SYNCED_TITLE_CHARS, type SyncedEntry } from '../../src/shared/sync-index';

const HOUR = 3_600_000;
const entry = (n: number, extra: Partial<SyncedEntry> = {}): SyncedEntry => ({
  url: `https://news${n % 40}.example/2026/section/a-fairly-typical-article-address-${n}`,
  title: `A typical headline of some length for article number ${n}, with a few more words`,
  state: 'unread', favourite: false, tags: n % 5 === 0 ? ['politics', 'long read'] : [], progress: 0,
  savedAt: new Date(Date.UTC(2026, 0, 1) + n * HOUR).toISOString(), updatedAt: new Date(Date.UTC(2026, 0, 1) + n * HOUR).toISOString(), lastReadAt: null, ...extra,
});
const itemBytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

describe('synced reading list index', () => {
  it('reads back what it wrote: state, favourite, tags, progress, dates to the second, titles cut', () => {
    const written = [
      entry(1, { state: 'archived', favourite: true, progress: 0.4567, lastReadAt: '2026-02-01T10:20:30.999Z', title: 'x'.repeat(300) }),
      entry(2, { tags: ['__proto__', 'é'] }),
    ];
    const { entries } = decodeIndex(encodeIndex(written, []).items);
    const byUrl = new Map(entries.map((e) => [e.url, e]));
    expect(byUrl.get(written[0]!.url)).toEqual({ ...written[0], title: 'x'.repeat(SYNCED_TITLE_CHARS), progress: 0.457, lastReadAt: '2026-02-01T10:20:30.000Z' });
    expect(byUrl.get(written[1]!.url)).toEqual(written[1]);
  });

  it('keeps every item within the quota, and the newest articles first when it is full', () => {
    const all = Array.from({ length: 3_000 }, (_, n) => entry(n)).reverse(); // newest first, as offered
    const { items, synced, offered } = encodeIndex(all, Array.from({ length: 500 }, (_, n) => [`https://gone.example/a-deleted-article-${n}`, Date.UTC(2026, 5, 1) + n] as [string, number]));
    expect(Object.keys(items).sort()).toEqual([...Array.from({ length: SYNC_CHUNKS }, (_, n) => chunkKey(n)), GONE_KEY].sort());
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value), key).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    expect(offered).toBe(3_000);
    expect(synced).toBeGreaterThan(250);
    expect(synced).toBeLessThan(3_000);
    // Exactly the newest ones.
    expect(decodeIndex(items).entries.map((e) => e.url).sort()).toEqual(all.slice(0, synced).map((e) => e.url).sort());
    // The newest deletions, as many as fit.
    const deletions = decodeIndex(items).deletions;
    expect(deletions.length).toBeGreaterThan(50);
    expect(deletions[0]![0]).toBe('https://gone.example/a-deleted-article-499');
  });

  it('rewrites one item when one article changes', () => {
    const all = Array.from({ length: 200 }, (_, n) => entry(n));
    const before = encodeIndex(all, []).items;
    const after = encodeIndex(all.map((e, n) => (n === 17 ? { ...e, state: 'archived' as const } : e)), []).items;
    const changed = Object.keys(before).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    expect(changed).toHaveLength(1);
  });

  it('checks items from elsewhere: other versions, bad addresses, malformed entries skipped', () => {
    const good = encodeIndex([entry(1)], [['https://gone.example/x', 5]]).items;
    const items = {
      ...good,
      [chunkKey(0)]: { v: 1, e: [['javascript:alert(1)', 't', 0, 1, 1, 0, 0, []], ['https://ok.example/a', '<b>t</b>', 0, 1_700_000_000, 1_700_000_000, 0, 2_000, ['a', 7, ' ']], 'junk', ['https://x.example', 't']] },
      [chunkKey(1)]: { v: 99, e: [['https://future.example/a', 't', 0, 1, 1, 0, 0, []]] },
      [GONE_KEY]: { v: 1, d: [['https://gone.example/x', 5], ['data:text/html,x', 6], ['https://gone.example/y', -1]] },
      settings: { version: 2 },
    };
    const { entries, deletions } = decodeIndex(items);
    const urls = entries.map((e) => e.url);
    expect(urls).toContain('https://ok.example/a');
    expect(urls).not.toContain('https://future.example/a');
    expect(urls.some((u) => !u.startsWith('https://'))).toBe(false);
    expect(entries.find((e) => e.url === 'https://ok.example/a')).toMatchObject({ title: '<b>t</b>', tags: ['a'], progress: 1 });
    expect(deletions).toEqual([['https://gone.example/x', 5]]);
  });

  it('joins deletions: the latest per address, none older than they are kept', () => {
    const now = Date.UTC(2026, 10, 29);
    expect(joinDeletions([['https://a.example/', now - 10], ['https://b.example/', now - GONE_KEPT_MS - 1]], [['https://a.example/', now - 5]], now)).toEqual([['https://a.example/', now - 5]]);
  });
});
