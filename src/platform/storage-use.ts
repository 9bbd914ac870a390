/** How much the extension's storage holds (the reading list, mostly): the browser's own estimate, or null where it gives none. */
export async function spaceUsed(): Promise<number | null> {
  try {
    const estimate = await navigator.storage?.estimate();
    return typeof estimate?.usage === 'number' ? estimate.usage : null;
  } catch {
    return null;
  }
}
