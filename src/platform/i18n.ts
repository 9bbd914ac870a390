/** The browser's message catalogue (the extension's _locales, in the browser's language) as the UI's translator. */
import browser from 'webextension-polyfill';
import type { Translate } from '../ui/i18n';

export const translate: Translate = (key, ...substitutions) =>
  browser.i18n.getMessage(key, substitutions.map(String)) || key;

/** The browser's interface language, for dates and numbers in the extension's pages. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
