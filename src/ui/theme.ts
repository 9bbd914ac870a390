/** Applies reader settings to a page's root element: CSS reads them through data attributes and variables. */
import type { Settings } from '../shared/settings';

export function applySettings(root: HTMLElement, settings: Settings): void {
  root.dataset['theme'] = settings.theme;
  root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
}
