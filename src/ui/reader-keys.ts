/**
 * The reader's keys: Esc closes; + and − change the text size; j/k and the up/down arrows scroll; t
 * changes the theme; s saves. Keys typed into a field, or pressed with Ctrl, Alt or Meta (the browser's
 * own shortcuts, the reader toggle), are left alone.
 */
export type ReaderKeyAction = 'close' | 'larger' | 'smaller' | 'up' | 'down' | 'theme' | 'save';

const ACTIONS: Record<string, ReaderKeyAction> = {
  Escape: 'close',
  '+': 'larger',
  '=': 'larger', // + without Shift on most layouts
  '-': 'smaller',
  '−': 'smaller',
  j: 'down',
  ArrowDown: 'down',
  k: 'up',
  ArrowUp: 'up',
  t: 'theme',
  s: 'save',
};

export function readerKeyAction(event: KeyboardEvent): ReaderKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return null;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return ACTIONS[key] ?? null;
}
