/** The extension's storage as the browser estimates it: the space used, and whether it is full. */

/** How much the extension's storage holds (the reading list, mostly): the browser's own estimate, or null where it gives none. */
export async function spaceUsed(): Promise<number | null> {
  try {
    const estimate = await navigator.storage?.estimate();
    return typeof estimate?.usage === 'number' ? estimate.usage : null;
  } catch {
    return null;
  }
}

/**
 * Less room left than this, by the browser's estimate (with unlimitedStorage, the disk's free space),
 * is a full store: an article is tens of KB, but the browser's own files need some room too.
 */
const NEARLY_FULL_BYTES = 5 * 1024 * 1024;

export async function storageNearlyFull(): Promise<boolean> {
  try {
    const { usage, quota } = (await navigator.storage?.estimate()) ?? {};
    return typeof usage === 'number' && typeof quota === 'number' && quota - usage < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}
