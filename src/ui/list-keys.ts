/**
 * The reading list's keys, as in mail readers: / goes to the search box; j and k move to the next and
 * previous article (its title link takes focus, so Enter opens it); x selects it; f marks it a
 * favourite; e archives it (or brings it back); # deletes it (with the usual undo). Keys typed into a
 * field, or pressed with Ctrl, Alt or Meta, are left alone. Each acts through the article's own
 * control, so keys and clicks do the same thing.
 */
export type ListKeyAction = 'search' | 'next' | 'previous' | 'select' | 'favourite' | 'archive' | 'delete';

const ACTIONS: Record<string, ListKeyAction> = { '/': 'search', j: 'next', k: 'previous', x: 'select', f: 'favourite', e: 'archive', '#': 'delete' };
/** The control of the article in focus that each action clicks. */
const CONTROLS: Partial<Record<ListKeyAction, string>> = { select: 'input.select-item', favourite: 'button.favourite', archive: 'button.archive', delete: 'button.delete' };

export function listKeyAction(event: KeyboardEvent): ListKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return null;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return null;
  return ACTIONS[event.key] ?? null;
}

/** Carries out an action in the list's document; false when there was nothing to act on. */
export function runListKeyAction(action: ListKeyAction, doc: Document): boolean {
  if (action === 'search') {
    doc.querySelector<HTMLInputElement>('input[name="search"]')?.focus();
    return true;
  }
  const items = [...doc.querySelectorAll<HTMLElement>('.item')];
  const current = (doc.activeElement as HTMLElement | null)?.closest<HTMLElement>('.item') ?? null;
  const at = current ? items.indexOf(current) : -1;
  if (action === 'next' || action === 'previous') {
    const next = items[action === 'next' ? at + 1 : at === -1 ? items.length - 1 : at - 1];
    const link = next?.querySelector<HTMLElement>('.item-title');
    link?.focus();
    link?.scrollIntoView({ block: 'nearest' });
    return !!link;
  }
  const control = current?.querySelector<HTMLElement>(CONTROLS[action]!);
  control?.click();
  // The article stays in focus for the next key (its control re-renders; a deleted one leaves).
  if (control && action !== 'delete') current?.querySelector<HTMLElement>('.item-title')?.focus();
  return !!control;
}
