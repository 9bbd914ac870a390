/** Applies reader settings to a page's root element: CSS reads them through data attributes and variables. */
import type { Settings } from '../shared/settings';

export function applySettings(root: HTMLElement, settings: Settings): void {
  root.dataset['theme'] = settings.theme;
  root.dataset['font'] = settings.fontFamily;
  root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--reader-line-height', String(settings.lineHeight));
  // A grid track: the story's column, in em of the text size, or all the room there is.
  root.style.setProperty('--reader-width', settings.contentWidth === 0 ? '1fr' : `${settings.contentWidth}em`);
  root.style.setProperty('--reader-paragraph-spacing', `${settings.paragraphSpacing}em`);
}
