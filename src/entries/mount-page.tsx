/** Mounts one of the extension's pages: in the browser's language, with its message catalogue. */
import { render, type ComponentType } from 'preact';
import { translate, uiLanguage } from '../platform/i18n';
import { I18nContext } from '../ui/i18n';

export function mountPage(App: ComponentType): void {
  document.documentElement.lang = uiLanguage() || 'en';
  render(
    <I18nContext.Provider value={translate}>
      <App />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}
