/**
 * A full disk (issue 5): Chromium with its profile on a small tmpfs, filled by a file beside it. The reader still opens; saving fails with the reader saying the storage is
 * full; once space is freed the article saved before is all there, and the same save goes through. Chromium only: Firefox
 * cannot be told where to keep an extension's storage apart from its whole profile, which it needs room
 * to write. Needs a tmpfs mount (root): skipped, saying so, where the machine does not allow one.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDriver } from '../support/chromium-driver';
import { openReader, poll, type ExtensionDriver } from '../support/driver';
import { startServer, type PageServer } from '../support/server';

/** Room for Chromium's profile; the filler takes the rest. */
const DISK_MB = 120;

/** Writes `path` until the disk has no room left. */
function fillDisk(path: string): void {
  const block = Buffer.alloc(1024 * 1024, 7);
  const fd = openSync(path, 'w');
  try {
    for (let size = block.length; size >= 1024; size /= 4) {
      try {
        for (;;) writeSync(fd, block, 0, size);
      } catch {
        // ENOSPC: try again with smaller blocks until even those do not fit
      }
    }
  } finally {
    closeSync(fd);
  }
}

function mountSmallDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'tmpfs', dir], { stdio: 'pipe' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const mounted = mountSmallDisk();

describe.skipIf(!mounted)('Chromium on a full disk (skipped where this machine allows no tmpfs mount: it needs root)', () => {
  let driver: ExtensionDriver;
  let server: PageServer;
  beforeAll(async () => {
    server = await startServer();
    driver = await chromiumDriver({ profileDir: join(mounted!, 'profile') });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    execFileSync('umount', [mounted!]);
    rmSync(mounted!, { recursive: true, force: true });
  });

  const save = async (path: string) => {
    const tab = await driver.openPage(server.url(path));
    await poll(async () => (await driver.badgeText(tab)) === '✓', `the badge on ${path}`);
    await openReader(driver, tab);
    await driver.evaluateInReader(tab, `document.querySelector('button.save').click()`);
    return tab;
  };
  const saveStatus = (tab: { id: string }) => driver.evaluateInReader<string>(tab, `document.querySelector('.notice.error')?.textContent ?? document.querySelector('button.save').textContent`);

  it('says the storage is full, keeps what was saved, and saves again once there is room', async () => {
    const first = await save('/pages/library/glacier-melt.html');
    await poll(async () => (await saveStatus(first)).startsWith('Saved'), 'the first save');
    await driver.closeTab(first);

    // A file beside the profile takes the disk's remaining space.
    const filler = join(mounted!, 'filler');
    fillDisk(filler);
    const second = await save('/pages/library/sourdough.html');
    await poll(async () => (await saveStatus(second)).includes('storage quota is full'), 'the full-storage message');
    expect(await saveStatus(second)).toBe('The article was not saved: the disk or the browser storage quota is full. Everything saved before is still there.');

    // Room again (a full disk can keep the browser from even opening the database to read it): what was
    // saved before is all there, the failed save left nothing behind, and the same save goes through.
    rmSync(filler);
    const list = await driver.openExtensionPage('src/entries/list.html', 'main.reading-list');
    const titles = () => driver.evaluate<string>(list, `[...document.querySelectorAll('.item-title')].map((a) => a.textContent).join('|')`);
    await poll(async () => /glacier/i.test(await titles()), 'the article saved before the disk filled', 30_000);
    expect((await titles()).split('|')).toHaveLength(1);
    await driver.evaluateInReader(second, `document.querySelector('button.save').click()`);
    await poll(async () => (await saveStatus(second)).startsWith('Saved'), 'the save once there is room', 30_000);
    await poll(async () => (await titles()).split('|').length === 2, 'both articles listed');
  });
});
