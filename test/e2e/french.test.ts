/**
 * The interface follows the browser's language: Chromium and Firefox started in French (Debian's
 * chromium-l10n and firefox-esr-l10n-fr, installed by scripts/install.sh) show the reader, the options
 * page and the reading list in French, dates in French.
 */
import { describe, expect, it } from 'vitest';
import { chromiumDriver } from '../support/chromium-driver';
import { firefoxDriver } from '../support/firefox-driver';
import { openReader } from '../support/driver';
import { useBrowserSession } from '../support/session';

const FRENCH = [
  ['Chromium', () => chromiumDriver({ locale: 'fr' })],
  ['Firefox', () => firefoxDriver({ locale: 'fr' })],
] as const;

describe.each(FRENCH)('%s in French', (_name, makeDriver) => {
  const session = useBrowserSession(makeDriver);

  it('shows the reader, the options page and the reading list in French', async () => {
    const tab = await session.driver.openPage(session.server.url('/pages/article-en.html'));
    await openReader(session.driver, tab);
    const reader = await session.driver.evaluateInReader<{ lang: string; buttons: string[]; time: string; date: string }>(tab, `({
      lang: document.documentElement.lang,
      buttons: [...document.querySelectorAll('.toolbar button')].map((b) => b.textContent.trim()),
      time: document.querySelector('.reading-time').textContent,
      date: document.querySelector('time.published')?.textContent ?? '',
    })`);
    expect(reader.lang).toMatch(/^fr/);
    expect(reader.buttons).toEqual(expect.arrayContaining(['Fermer', 'Enregistrer', 'Écouter', 'Imprimer', 'Liste de lecture', 'Options']));
    expect(reader.time).toMatch(/min de lecture$/);
    expect(reader.date).toMatch(/mars 2025/);
    await session.driver.closeTab(tab);

    const options = await session.driver.openExtensionPage('src/entries/options.html', 'fieldset.theme');
    expect(await session.driver.evaluate<string>(options, `document.querySelector('h1').textContent`)).toBe('Options de Lectern');
    expect(await session.driver.evaluate<string>(options, `document.querySelector('fieldset.theme legend').textContent`)).toBe('Thème');
    await session.driver.closeTab(options);
    const list = await session.driver.openExtensionPage('src/entries/list.html', 'main.reading-list');
    expect(await session.driver.evaluate<string>(list, `document.querySelector('h1').textContent`)).toBe('Liste de lecture');
    await session.driver.closeTab(list);
  });
});
