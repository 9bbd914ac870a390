/**
 * The reading experience (issue 4), in Chromium and Firefox with the built extension: each setting's
 * effect on the open reader as computed styles, set from the options page; the reader's keys;
 * right-to-left pages; per-site rules (auto-open, never detect); a settings migration from version 1;
 * axe-core on the reader, the options page and the reading list in every theme; a screenshot of the
 * reader in each theme (out/screenshots/).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openReader as openReaderIn, poll, type Tab } from '../support/driver';
import { OUT, ROOT } from '../support/paths';
import { BROWSERS, useBrowserSession } from '../support/session';

const ARTICLE = '/pages/article-en.html';
const LONG_ARTICLE = '/pages/related/en-flood-news.html';
const OPTIONS = 'src/entries/options.html';
const LIST = 'src/entries/list.html';
const STORY_STYLE = (property: string): string => `getComputedStyle(document.querySelector('.story'))[${JSON.stringify(property)}]`;
/** The story's font family as written in the stylesheet, without the quotes Firefox adds. */
const STORY_FONT = `getComputedStyle(document.querySelector('.story')).fontFamily.replace(/["']/g, '')`;
const BACKGROUND = 'getComputedStyle(document.documentElement).backgroundColor';
/** The share of the story scrolled past, and the story's height, in the reader. */
const SCROLLED_SHARE = 'scrollY / (document.documentElement.scrollHeight - innerHeight)';
const STORY_HEIGHT = 'document.documentElement.scrollHeight';
/** The fixed themes and the background each paints (auto follows the system: light or dark). */
const THEME_BACKGROUNDS: [string, string][] = [
  ['light', 'rgb(255, 255, 255)'],
  ['sepia', 'rgb(244, 236, 216)'],
  ['dark', 'rgb(28, 28, 30)'],
  ['contrast', 'rgb(0, 0, 0)'],
];
const SCREENSHOTS = join(OUT, 'screenshots');
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** axe-core's serious and critical violations on the page, as "rule: target" lines. */
const AXE_RUN = `(async () => {
  if (!window.axe) (0, eval)(${JSON.stringify(AXE_SOURCE)});
  const result = await window.axe.run(document, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' ')));
})()`;
/** A select on the options page set as a user does: its value, then a change event. */
const choose = (name: string, value: string | number): string =>
  `(() => { const s = document.querySelector('select[name="${name}"]'); s.value = '${value}'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`;
const STORAGE = '(globalThis.browser ?? globalThis.chrome).storage';
/**
 * A spy in place of the browser's speechSynthesis (the test machines have no voice installed): voices as
 * given, every utterance recorded, and \`__endUtterance()\` to finish the one being spoken.
 */
const SPEECH_SPY = (voices: { name: string; lang: string; localService: boolean; default: boolean }[]): string => `(() => {
  const calls = [];
  window.__speech = calls;
  class Utterance {
    constructor(text) { this.text = text; this.listeners = {}; }
    addEventListener(type, listener) { (this.listeners[type] ||= []).push(listener); }
  }
  let current = null;
  const synth = {
    getVoices: () => ${JSON.stringify(voices)},
    addEventListener() {},
    removeEventListener() {},
    speak(u) { current = u; calls.push({ op: 'speak', text: u.text, rate: u.rate, voice: u.voice && u.voice.name }); },
    cancel() { calls.push({ op: 'cancel' }); },
    pause() { calls.push({ op: 'pause' }); },
    resume() { calls.push({ op: 'resume' }); },
  };
  window.__endUtterance = () => (current.listeners.end || []).forEach((l) => l());
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
})()`;
const SPOKEN = `window.__speech.filter((c) => c.op === 'speak')`;

describe.each(BROWSERS)('%s', (browserName, makeDriver) => {
  const session = useBrowserSession(makeDriver);
  /** Opens an article page and its reader, once the badge says the content script has run (a click before would find no one to answer). */
  const openReader = async (path: string): Promise<Tab> => {
    const tab = await session.driver.openPage(session.server.url(path));
    await poll(async () => (await session.driver.badgeText(tab)) === '✓', `the article badge on ${path}`);
    await openReaderIn(session.driver, tab);
    return tab;
  };
  const inReader = <T,>(tab: Tab, script: string) => session.driver.evaluateInReader<T>(tab, script);
  /**
   * Waits for the story in the reader to reach its full length (pictures loaded, related reads in): growth
   * after a scroll changes the share scrolled to, and the place written down with it.
   */
  const untilFullLength = (tab: Tab) =>
    poll(async () => {
      const before = await inReader<number>(tab, STORY_HEIGHT);
      await new Promise((r) => setTimeout(r, 300));
      return (await inReader<number>(tab, STORY_HEIGHT)) === before;
    }, 'the story at its full length');
  const resetSettings = async (options: Tab): Promise<void> => {
    await session.driver.evaluate(options, `document.querySelector('button.reset-settings').click()`);
    await poll(async () => (await session.driver.evaluate<string>(options, `document.querySelector('.notice.done')?.textContent ?? ''`)) !== '', 'the reset');
  };

  it('applies every setting from the options page to the open reader at once (computed styles)', async () => {
    const tab = await openReader(ARTICLE);
    const options = await session.driver.openExtensionPage(OPTIONS, 'fieldset.theme');
    for (const [theme, color] of THEME_BACKGROUNDS) {
      await session.driver.evaluate(options, `document.querySelector('input[name="theme"][value="${theme}"]').click()`);
      await poll(async () => (await inReader<string>(tab, BACKGROUND)) === color, `the ${theme} theme in the open reader`);
    }
    await session.driver.evaluate(options, `document.querySelector('input[name="font"][value="dyslexic"]').click()`);
    await poll(async () => (await inReader<string>(tab, STORY_FONT)).startsWith('OpenDyslexic'), 'the dyslexia-friendly font');
    // The font file ships in the extension and loads under its CSP.
    expect(await inReader<number>(tab, `document.fonts.load('16px OpenDyslexic').then((faces) => faces.length)`)).toBeGreaterThan(0);
    for (const [font, family] of [['sans', 'system-ui'], ['mono', 'ui-monospace'], ['serif', 'Georgia']]) {
      await session.driver.evaluate(options, `document.querySelector('input[name="font"][value="${font}"]').click()`);
      await poll(async () => (await inReader<string>(tab, STORY_FONT)).startsWith(family!), `the ${font} font`);
    }
    await session.driver.evaluate(options, choose('font-size', 24));
    await poll(async () => (await inReader<string>(tab, STORY_STYLE('fontSize'))) === '24px', 'the text size');
    await session.driver.evaluate(options, choose('line-height', 2.1));
    await poll(async () => Math.abs(parseFloat(await inReader<string>(tab, STORY_STYLE('lineHeight'))) - 24 * 2.1) < 0.5, 'the line height');
    await session.driver.evaluate(options, choose('paragraph-spacing', 1.8));
    await poll(async () => Math.abs(parseFloat(await inReader<string>(tab, `getComputedStyle(document.querySelector('.content p')).marginBottom`)) - 24 * 1.8) < 0.5, 'the paragraph spacing');
    await session.driver.evaluate(options, choose('content-width', 28));
    await poll(async () => (await inReader<number>(tab, `document.querySelector('.story').getBoundingClientRect().width`)) <= 28 * 24 + 0.5, 'the narrow line width');
    await session.driver.evaluate(options, choose('content-width', 0));
    await poll(async () => (await inReader<number>(tab, `document.querySelector('.story').getBoundingClientRect().width`)) > 28 * 24 + 50, 'the full line width');

    await resetSettings(options);
    await poll(async () => (await inReader<string>(tab, STORY_STYLE('fontSize'))) === '19px', 'the default text size after a reset');
    await session.driver.closeTab(options);
    await session.driver.closeTab(tab);
  });

  it('answers its keys: + and − size, t theme, j/k scroll, s saves', async () => {
    const tab = await openReader(LONG_ARTICLE);
    const size = () => inReader<string>(tab, STORY_STYLE('fontSize'));
    await poll(async () => (await size()) === '19px', 'the default size');
    await session.driver.pressKeyInReader(tab, '+');
    await poll(async () => (await size()) === '20px', '+ to enlarge the text');
    await session.driver.pressKeyInReader(tab, '-');
    await poll(async () => (await size()) === '19px', '− to shrink it');
    // Pressed again before storage has answered: each press is a step.
    await session.driver.pressKeyInReader(tab, '+');
    await session.driver.pressKeyInReader(tab, '+');
    await poll(async () => (await size()) === '22px', '+ twice in a row to enlarge it by two steps');
    await session.driver.pressKeyInReader(tab, '-');
    await session.driver.pressKeyInReader(tab, '-');
    await poll(async () => (await size()) === '19px', '− twice in a row to shrink it back');
    // From auto, t goes through the fixed themes: light, then sepia.
    await session.driver.pressKeyInReader(tab, 't');
    await poll(async () => (await inReader<string>(tab, 'document.documentElement.dataset.theme')) === 'light', 't to the light theme');
    await session.driver.pressKeyInReader(tab, 't');
    await poll(async () => (await inReader<string>(tab, BACKGROUND)) === THEME_BACKGROUNDS[1]![1], 't to the sepia theme');
    expect(await inReader<boolean>(tab, 'document.documentElement.scrollHeight > innerHeight')).toBe(true);
    await session.driver.pressKeyInReader(tab, 'j');
    await poll(async () => (await inReader<number>(tab, 'scrollY')) > 0, 'j to scroll down');
    const down = await inReader<number>(tab, 'scrollY');
    await session.driver.pressKeyInReader(tab, 'k');
    await poll(async () => (await inReader<number>(tab, 'scrollY')) < down, 'k to scroll up');
    await session.driver.pressKeyInReader(tab, 's');
    await poll(async () => (await inReader<string>(tab, `document.querySelector('button.save').textContent`)).startsWith('Saved'), 's to save');
    const options = await session.driver.openExtensionPage(OPTIONS, 'fieldset.theme');
    await resetSettings(options);
    await session.driver.closeTab(options);
    await session.driver.closeTab(tab);
  });

  it('gives focus back to where it was on the page when the reader closes', async () => {
    const tab = await session.driver.openPage(session.server.url(ARTICLE));
    await session.driver.evaluate(tab, `document.querySelector('a[href]').focus()`);
    const focused = `document.activeElement === document.querySelector('a[href]')`;
    expect(await session.driver.evaluate<boolean>(tab, focused)).toBe(true);
    await openReaderIn(session.driver, tab);
    await poll(async () => !(await session.driver.evaluate<boolean>(tab, focused)), 'focus in the reader');
    await session.driver.pressKeyInReader(tab, 'Escape');
    await poll(async () => !(await session.driver.hasReaderFrame(tab)), 'the reader to close');
    await poll(() => session.driver.evaluate<boolean>(tab, focused), 'focus back on the link');
    await session.driver.closeTab(tab);
  });

  it('remembers where the reader was in an article and shows the progress', async () => {
    const tab = await openReader(LONG_ARTICLE);
    const progress = () => inReader<number>(tab, `Number(document.querySelector('[role=progressbar]').getAttribute('aria-valuenow'))`);
    await untilFullLength(tab);
    await poll(async () => {
      await inReader(tab, 'window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2)');
      return Math.abs((await progress()) - 50) <= 2;
    }, 'the progress bar at half way');
    await new Promise((r) => setTimeout(r, 1_000)); // the position is written down once scrolling stops
    await session.driver.clickToolbarButton(tab);
    await poll(async () => !(await session.driver.hasReaderFrame(tab)), 'the reader to close');
    await openReaderIn(session.driver, tab);
    const atHalfWay = async (): Promise<boolean> =>
      Math.abs((await inReader<number>(tab, SCROLLED_SHARE)) - 0.5) < 0.03;
    await poll(atHalfWay, 'the reader back at half way');
    const height = () => inReader<number>(tab, STORY_HEIGHT);
    const grow = `document.querySelector('.story').append(Object.assign(document.createElement('div'), { style: 'height: ' + document.documentElement.scrollHeight + 'px' }))`;
    // The story growing right after the place is restored (its pictures loading) keeps the reader at the same share of it...
    const before = await height();
    await inReader(tab, grow);
    await poll(async () => (await height()) > before && (await atHalfWay()), 'the restored place kept as the story grows');
    // ...until the reader moves: then the story growing under them (no scroll) makes the same place a smaller share of it.
    await inReader(tab, `window.dispatchEvent(new WheelEvent('wheel'))`);
    await inReader(tab, grow);
    await poll(async () => (await progress()) < 40, 'the progress bar following the longer story');
    await session.driver.closeTab(tab);
  });

  it('remembers the place scrolled to right before the reader closes, by Esc or the toolbar button', async () => {
    const tab = await openReader(LONG_ARTICLE);
    // Scrolled as a reader scrolls (a wheel turn first): a restored place is no longer held then.
    const scrollTo = (share: string, then = '') => inReader(tab, `new Promise((resolve) => {
      addEventListener('scroll', () => resolve(${then || 'true'}), { once: true });
      dispatchEvent(new WheelEvent('wheel'));
      scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * ${share});
    })`);
    const share = () => inReader<number>(tab, SCROLLED_SHARE);
    const reopenedAt = async (expected: number, what: string): Promise<void> => {
      await poll(async () => !(await session.driver.hasReaderFrame(tab)), 'the reader to close');
      await openReaderIn(session.driver, tab);
      await poll(async () => Math.abs((await share()) - expected) < 0.03, what);
    };
    await untilFullLength(tab);
    // Scrolled and closed at once, well within the 400 ms the position waits for scrolling to stop.
    await scrollTo('1 / 3', `dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))`);
    await reopenedAt(1 / 3, 'the reader back at a third after Esc');
    await scrollTo('2 / 3');
    await session.driver.clickToolbarButton(tab);
    await reopenedAt(2 / 3, 'the reader back at two thirds after the toolbar button');
    await session.driver.closeTab(tab);
  });

  it('reads the story aloud with a local voice: play, pause, skip, speed, the spoken paragraph marked; never a network voice', async () => {
    const tab = await openReader(ARTICLE);
    await inReader(tab, SPEECH_SPY([
      { name: 'Cloud English', lang: 'en-US', localService: false, default: true },
      { name: 'Local English', lang: 'en-GB', localService: true, default: false },
    ]));
    const spoken = () => inReader<{ text: string; rate: number; voice: string }[]>(tab, SPOKEN);
    const marked = () => inReader<string>(tab, `document.querySelector('.speaking')?.textContent.trim() ?? ''`);
    const click = (selector: string) => inReader(tab, `document.querySelector('${selector}').click()`);
    const title = await inReader<string>(tab, `document.querySelector('.story .title').textContent.trim()`);
    const paragraphs = await inReader<string[]>(tab, `[...document.querySelectorAll('.story .content p')].map((p) => p.textContent.trim())`);

    await click('.listen-play');
    await poll(async () => (await spoken()).length === 1, 'the title spoken');
    expect((await spoken())[0]).toMatchObject({ text: title, voice: 'Local English', rate: 1 });
    expect(await marked()).toBe(title);
    await inReader(tab, 'window.__endUtterance()');
    await poll(async () => (await spoken()).length === 2, 'the first paragraph after the title');
    expect((await spoken())[1]!.text).toBe(paragraphs[0]);
    expect(await marked()).toBe(paragraphs[0]);
    await click('.listen-next');
    await poll(async () => (await spoken()).at(-1)?.text === paragraphs[1], 'next: the second paragraph');
    await click('.listen-previous');
    await poll(async () => (await spoken()).at(-1)?.text === paragraphs[0], 'previous: the first paragraph again');
    await inReader(tab, `(() => { const s = document.querySelector('.listen-rate select'); s.value = '1.5'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
    await poll(async () => (await spoken()).at(-1)?.rate === 1.5, 'the new speed, from the same paragraph');
    expect((await spoken()).at(-1)!.text).toBe(paragraphs[0]);
    await click('.listen-play');
    await poll(async () => (await inReader<string[]>(tab, `window.__speech.map((c) => c.op)`)).includes('pause'), 'pause');
    expect(await inReader<string>(tab, `document.querySelector('.listen-play').textContent`)).toBe('Resume');
    await click('.listen-play');
    await poll(async () => (await inReader<string[]>(tab, `window.__speech.map((c) => c.op)`)).includes('resume'), 'resume');
    await click('.listen-stop');
    await poll(async () => (await marked()) === '', 'no paragraph marked after stop');
    expect((await spoken()).every((call) => call.voice === 'Local English')).toBe(true);
    await session.driver.closeTab(tab);

    // Only a network voice for the language: nothing is spoken, and the reader says why.
    const other = await openReader(ARTICLE);
    await inReader(other, SPEECH_SPY([{ name: 'Cloud English', lang: 'en-US', localService: false, default: true }]));
    await inReader(other, `document.querySelector('.listen-play').click()`);
    await poll(async () => (await inReader<string>(other, `document.querySelector('.listen [role=alert]')?.textContent ?? ''`)) !== '', 'the no-voice message');
    expect(await inReader<unknown[]>(other, SPOKEN)).toEqual([]);
    await session.driver.closeTab(other);
  });

  it('shows the content as it should: lazy images loaded, wide tables scrolling sideways, code with its whitespace, math', async () => {
    const lazy = await openReader('/pages/engine/lazy-images.html');
    const images = await inReader<number>(lazy, `document.querySelectorAll('.content img').length`);
    expect(images).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < images; i++) {
      await inReader(lazy, `document.querySelectorAll('.content img')[${i}].scrollIntoView()`);
      await poll(() => inReader<boolean>(lazy, `(() => { const img = document.querySelectorAll('.content img')[${i}]; return img.complete && img.naturalWidth > 0 && img.currentSrc.includes('/photos/'); })()`), `image ${i + 1} of ${images} loaded`);
    }
    await session.driver.closeTab(lazy);

    const rich = await openReader('/pages/engine/rich-content.html');
    const content = await inReader<{ overflowX: string; tableRight: number; contentRight: number; tableScrolls: boolean; whiteSpace: string; codeLines: number; math: number }>(rich, `(() => {
      const table = document.querySelector('.content table');
      const pre = document.querySelector('.content pre');
      const content = document.querySelector('.content').getBoundingClientRect();
      table.style.minWidth = '0'; // as it comes
      const wide = document.createElement('td');
      wide.textContent = 'x'.repeat(400); // a cell too wide for the column
      table.querySelector('tr').append(wide);
      return {
        overflowX: getComputedStyle(table).overflowX,
        tableRight: table.getBoundingClientRect().right,
        contentRight: content.right,
        tableScrolls: table.scrollWidth > table.clientWidth,
        whiteSpace: getComputedStyle(pre).whiteSpace,
        codeLines: pre.textContent.split(String.fromCharCode(10)).length,
        math: document.querySelectorAll('.content math').length,
      };
    })()`);
    expect(content.overflowX).toBe('auto');
    expect(content.tableScrolls).toBe(true);
    expect(content.tableRight).toBeLessThanOrEqual(content.contentRight + 1);
    expect(content.whiteSpace).toBe('pre');
    expect(content.codeLines).toBeGreaterThan(2);
    expect(content.math).toBeGreaterThan(0);
    await session.driver.closeTab(rich);
  });

  it('prints the story alone', async () => {
    const tab = await openReader(ARTICLE);
    const shown = `['.toolbar', '.side', '.story .title', '.story .content'].map((selector) => getComputedStyle(document.querySelector(selector)).display !== 'none')`;
    expect(await inReader<boolean[]>(tab, shown)).toEqual([true, true, true, true]);
    await session.driver.emulatePrint(tab, true);
    await poll(async () => JSON.stringify(await inReader<boolean[]>(tab, shown)) === JSON.stringify([false, false, true, true]), 'the toolbar and side column gone in print');
    expect(await inReader<string>(tab, BACKGROUND)).toBe('rgb(255, 255, 255)');
    await session.driver.emulatePrint(tab, false);
    await session.driver.closeTab(tab);
  });

  it('reads right-to-left pages right to left', async () => {
    const tab = await openReader('/pages/engine/rtl-arabic.html');
    const story = await inReader<{ dir: string; lang: string; direction: string; align: string }>(
      tab,
      `(() => { const s = document.querySelector('.story'); const p = s.querySelector('.content p'); return { dir: s.dir, lang: s.lang, direction: getComputedStyle(p).direction, align: getComputedStyle(p).textAlign }; })()`,
    );
    expect(story).toMatchObject({ dir: 'rtl', lang: 'ar', direction: 'rtl' });
    expect(['start', 'right']).toContain(story.align);
    await session.driver.closeTab(tab);
  });

  it('follows per-site rules: always open in the reader, never detect', async () => {
    const options = await session.driver.openExtensionPage(OPTIONS, 'fieldset.theme');
    const addSite = async (rule: string, site: string): Promise<void> => {
      await session.driver.evaluate(options, `(() => {
        const form = document.querySelector('.site-rule.${rule} form');
        const input = form.querySelector('input');
        input.value = ${JSON.stringify(site)};
        input.dispatchEvent(new Event('input', { bubbles: true }));
        form.requestSubmit();
      })()`);
      await poll(async () => (await session.driver.evaluate<string[]>(options, `[...document.querySelectorAll('.site-rule.${rule} .site')].map((s) => s.textContent)`)).includes(site), `${site} in ${rule}`);
    };
    const removeSites = () => session.driver.evaluate(options, `document.querySelectorAll('button.remove-site').forEach((b) => b.click())`);

    // A host that is not a site is refused with a reason, and nothing is added.
    await session.driver.evaluate(options, `(() => { const form = document.querySelector('.site-rule.alwaysOpen form'); const input = form.querySelector('input'); input.value = 'javascript:alert(1)'; input.dispatchEvent(new Event('input', { bubbles: true })); form.requestSubmit(); })()`);
    await poll(async () => (await session.driver.evaluate<string>(options, `document.querySelector('.site-rule.alwaysOpen [role=alert]')?.textContent ?? ''`)).includes('javascript:alert(1)'), 'the refusal');

    await addSite('alwaysOpen', '127.0.0.1');
    const opened = await session.driver.openPage(session.server.url(ARTICLE));
    await poll(() => session.driver.hasReaderFrame(opened), 'the reader to open by itself');
    await session.driver.closeTab(opened);
    // A page that is not an article stays as it is.
    const front = await session.driver.openPage(session.server.url('/pages/section-front.html'));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await session.driver.hasReaderFrame(front)).toBe(false);
    await session.driver.closeTab(front);
    await removeSites();

    await addSite('neverDetect', '127.0.0.1');
    const quiet = await session.driver.openPage(session.server.url(ARTICLE));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await session.driver.badgeText(quiet)).toBe('');
    await session.driver.closeTab(quiet);
    await removeSites();
    // Changes made in one breath each keep the other's: two sites added, then both removed, before any
    // write comes back (each change used to be made from what the page showed, and one was lost).
    const sitesIn = (rule: string) => session.driver.evaluate<string[]>(options, `[...document.querySelectorAll('.site-rule.${rule} .site')].map((s) => s.textContent)`);
    await session.driver.evaluate(options, `(() => {
      const form = document.querySelector('.site-rule.neverDetect form');
      const input = form.querySelector('input');
      for (const site of ['one.example', 'two.example']) {
        input.value = site;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        form.requestSubmit();
      }
    })()`);
    await poll(async () => { const sites = await sitesIn('neverDetect'); return sites.includes('one.example') && sites.includes('two.example'); }, 'both sites added');
    await removeSites();
    await poll(async () => (await sitesIn('neverDetect')).length === 0, 'both sites removed');
    const marked = await session.driver.openPage(session.server.url(ARTICLE));
    await poll(async () => (await session.driver.badgeText(marked)) === '✓', 'the badge back once the rule is gone');
    await session.driver.closeTab(marked);

    // Detection off everywhere: no badge; the badge alone off: none either, though detection runs.
    for (const name of ['detection', 'badge']) {
      // The badge's box is disabled until the page shows detection back on from storage: a click before
      // that (the box ticks at once, the write comes back later) would do nothing.
      await poll(() => session.driver.evaluate<boolean>(options, `!document.querySelector('input[name="${name}"]').disabled`), `${name} enabled`);
      await session.driver.evaluate(options, `document.querySelector('input[name="${name}"]').click()`);
      await poll(() => session.driver.evaluate<boolean>(options, `!document.querySelector('input[name="${name}"]').checked`), `${name} off`);
      const unmarked = await session.driver.openPage(session.server.url(ARTICLE));
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await session.driver.badgeText(unmarked), `${name} off`).toBe('');
      await session.driver.closeTab(unmarked);
      await session.driver.evaluate(options, `document.querySelector('input[name="${name}"]').click()`);
      await poll(() => session.driver.evaluate<boolean>(options, `document.querySelector('input[name="${name}"]').checked`), `${name} on again`);
    }
    await session.driver.closeTab(options);
  });

  // Only Firefox lets an extension change its own shortcut (commands.update), as a user does in its settings.
  it.runIf(browserName === 'Firefox')('shows the shortcut the browser has, and a changed one once the options page is shown again', async () => {
    const options = await session.driver.openExtensionPage(OPTIONS, 'fieldset.theme');
    const shown = () => session.driver.evaluate<string>(options, `document.querySelector('.current-shortcut').textContent`);
    /** What the page sees on coming back to the front, from the browser's shortcut settings in another tab. */
    const showAgain = `document.dispatchEvent(new Event('visibilitychange'))`;
    await poll(async () => (await shown()) === 'Alt+Shift+Y', 'the default shortcut');
    try {
      await session.driver.evaluate(options, `browser.commands.update({ name: 'toggle-reader', shortcut: 'Alt+Shift+U' })`);
      await session.driver.evaluate(options, showAgain);
      await poll(async () => (await shown()) === 'Alt+Shift+U', 'the changed shortcut');
    } finally {
      await session.driver.evaluate(options, `browser.commands.reset('toggle-reader')`);
    }
    await session.driver.evaluate(options, showAgain);
    await poll(async () => (await shown()) === 'Alt+Shift+Y', 'the default shortcut again');
    await session.driver.closeTab(options);
  });

  it('exports the settings as a file and imports it back; a bad file changes nothing and says why', async () => {
    const options = await session.driver.openExtensionPage(OPTIONS, 'fieldset.theme');
    const storedSettings = () => session.driver.evaluate<Record<string, unknown>>(options, `${STORAGE}.sync.get('settings').then((s) => s.settings ?? null)`);
    await session.driver.evaluate(options, `document.querySelector('input[name="theme"][value="dark"]').click()`);
    await session.driver.evaluate(options, choose('font-size', 26));
    await poll(async () => (await storedSettings())?.['fontSize'] === 26, 'the changed settings stored');
    const exported = await storedSettings();
    // The download's content: the page's own Blob, caught on its way to the link.
    const file = await session.driver.evaluate<string>(options, `(async () => {
      let blob = null;
      const original = URL.createObjectURL;
      URL.createObjectURL = (b) => { blob = b; return original.call(URL, b); };
      document.querySelector('button.export-settings').click();
      URL.createObjectURL = original;
      return blob.text();
    })()`);
    expect(JSON.parse(file)).toEqual({ format: 'lectern-settings', version: 2, settings: exported });

    await resetSettings(options);
    await poll(async () => (await storedSettings())?.['fontSize'] === 19, 'the reset stored');
    const importFile = (text: string, name: string) => session.driver.evaluate(options, `(() => {
      const input = document.querySelector('.import-settings input[type=file]');
      const files = new DataTransfer();
      files.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    const notice = () => session.driver.evaluate<string>(options, `document.querySelector('.options > .notice')?.textContent ?? ''`);

    for (const [bad, name] of [['not json at all', 'notes.txt'], ['{"format":"something-else","settings":{}}', 'other.json'], ['{"__proto__":{"theme":"dark"}}', 'proto.json']]) {
      await importFile(bad!, name!);
      await poll(async () => (await notice()).includes('not imported'), `the refusal of ${name}`);
      expect(await storedSettings()).toMatchObject({ fontSize: 19, theme: 'auto' });
      await resetSettings(options); // and its notice, before the next file's
    }
    await importFile(file, 'lectern-settings.json');
    await poll(async () => (await storedSettings())?.['fontSize'] === 26, 'the imported settings stored');
    expect(await storedSettings()).toEqual(exported);
    await resetSettings(options);
    await session.driver.closeTab(options);
  });

  it('migrates version 1 settings: their theme and size kept, the rest at defaults, stored as version 2', async () => {
    const options = await session.driver.openExtensionPage(OPTIONS, 'fieldset.theme');
    await session.driver.evaluate(options, `${STORAGE}.sync.set({ settings: { version: 1, theme: 'sepia', fontSize: 22 } })`);
    const tab = await openReader(ARTICLE);
    expect(await inReader<string>(tab, BACKGROUND)).toBe('rgb(244, 236, 216)');
    expect(await inReader<string>(tab, STORY_STYLE('fontSize'))).toBe('22px');
    expect(parseFloat(await inReader<string>(tab, STORY_STYLE('lineHeight')))).toBeCloseTo(22 * 1.6, 0);
    const stored = await session.driver.evaluate<{ version: number; theme: string; fontSize: number; fontFamily: string }>(options, `${STORAGE}.sync.get('settings').then((s) => s.settings)`);
    expect(stored).toMatchObject({ version: 2, theme: 'sepia', fontSize: 22, fontFamily: 'serif' });
    await resetSettings(options);
    await session.driver.closeTab(options);
    await session.driver.closeTab(tab);
  });

  it('has no serious or critical axe-core violation in the reader, the options page and the reading list, in every theme; screenshots of the reader', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const tab = await openReader(ARTICLE);
    const options = await session.driver.openExtensionPage(OPTIONS, 'fieldset.theme');
    const list = await session.driver.openExtensionPage(LIST, 'main.reading-list');
    const findings: string[] = [];
    for (const [theme, color] of [...THEME_BACKGROUNDS, ['auto', '']] as [string, string][]) {
      await session.driver.evaluate(options, `document.querySelector('input[name="theme"][value="${theme}"]').click()`);
      if (color) await poll(async () => (await inReader<string>(tab, BACKGROUND)) === color, `the ${theme} theme`);
      else await poll(async () => (await inReader<string>(tab, 'document.documentElement.dataset.theme')) === theme, `the ${theme} theme`);
      findings.push(...(await inReader<string[]>(tab, AXE_RUN)).map((f) => `reader, ${theme}: ${f}`));
      findings.push(...(await session.driver.evaluate<string[]>(options, AXE_RUN)).map((f) => `options, ${theme}: ${f}`));
      findings.push(...(await session.driver.evaluate<string[]>(list, AXE_RUN)).map((f) => `list, ${theme}: ${f}`));
      await session.driver.screenshot(tab, join(SCREENSHOTS, `reader-${browserName.toLowerCase()}-${theme}.png`));
    }
    expect(findings).toEqual([]);
    await resetSettings(options);
    await session.driver.closeTab(list);
    await session.driver.closeTab(options);
    await session.driver.closeTab(tab);
  });
});
