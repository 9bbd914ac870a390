/**
 * The options page: every reader setting with a live preview, detection and per-site rules, the shortcut
 * in use, and the settings as a file (export, import, reset). Props in, callbacks out: the entry point
 * stores, asks the browser for permissions and reads files.
 */
import { useState } from 'preact/hooks';
import {
  CONTENT_WIDTHS,
  FONT_FAMILIES,
  FONT_SIZES,
  LINE_HEIGHTS,
  PARAGRAPH_SPACINGS,
  THEMES,
  siteFits,
  siteOf,
  type FontFamily,
  type Settings,
  type SiteRules,
  type Theme,
} from '../shared/settings';
import { FilePicker } from './FilePicker';
import { useT, type MessageKey } from './i18n';

export type SiteRule = keyof SiteRules;

export interface OptionsProps {
  settings: Settings;
  /** The reader's shortcut, null when none is set, undefined until the browser has told. */
  shortcut: string | null | undefined;
  /** A message about the last change, import or reset (null when there is none). */
  status: { kind: 'ok' | 'error'; text: string } | null;
  /**
   * Applies a change to the settings as stored when it runs (changes run one after another): a change made
   * from what the page last showed would undo another still being written (a site removed, then one added).
   */
  onChange(change: (current: Settings) => Settings): void;
  /** Adds a site to a rule, asking the browser's permission for that one site where needed; the reason when it did not. */
  onAddSite(rule: SiteRule, site: string): Promise<string | null>;
  onExport(): void;
  onImport(file: File): void;
  onReset(): void;
  onOpenShortcutSettings(): void;
}

const THEME_LABELS: Record<Theme, MessageKey> = { light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark', contrast: 'themeContrast', auto: 'themeAuto' };
const FONT_LABELS: Record<FontFamily, MessageKey> = { serif: 'fontSerif', sans: 'fontSans', mono: 'fontMono', dyslexic: 'fontDyslexic' };
const RULE_LABELS: Record<SiteRule, MessageKey> = { alwaysOpen: 'alwaysOpen', neverDetect: 'neverDetect' };
/** An average character is about half an em wide: a width in em holds about twice as many characters. */
const CHARACTERS_PER_EM = 2;

function NumberChoice(props: { name: string; label: string; value: number; steps: readonly number[]; format(step: number): string; onChange(value: number): void }) {
  return (
    <label class={`choice ${props.name}`}>
      <span>{props.label}</span>
      <select name={props.name} value={String(props.value)} onChange={(e) => props.onChange(Number((e.target as HTMLSelectElement).value))}>
        {props.steps.map((step) => (
          <option key={step} value={String(step)}>{props.format(step)}</option>
        ))}
      </select>
    </label>
  );
}

function SiteList({ rule, sites, onAdd, onRemove }: { rule: SiteRule; sites: string[]; onAdd(site: string): Promise<string | null>; onRemove(site: string): void }) {
  const t = useT();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    // The field itself, not the state: a submit can come before the last keystroke's re-render.
    const typed = ((event.currentTarget as HTMLFormElement).elements.namedItem('site') as HTMLInputElement).value;
    const site = siteOf(typed);
    if (!site) return setError(t('siteInvalid', typed));
    if (!siteFits(sites, site)) return setError(t('siteFull'));
    const refused = await onAdd(site);
    setError(refused);
    if (!refused) setInput('');
  };
  const headingId = `${rule}-heading`;
  return (
    <section class={`site-rule ${rule}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t(RULE_LABELS[rule])}</h3>
      {sites.length === 0 ? (
        <p class="empty">{t('noSites')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>{' '}
              <button type="button" class="remove-site" aria-label={t('removeSite', site)} onClick={() => onRemove(site)}>{t('remove')}</button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={(e) => void submit(e)}>
        <input type="text" name="site" inputMode="url" autoComplete="off" spellcheck={false} placeholder="example.com" aria-label={t('siteInputLabel')} value={input} onInput={(e) => setInput((e.target as HTMLInputElement).value)} />
        <button type="submit">{t('addSite')}</button>
      </form>
      {error && <p class="notice error" role="alert">{error}</p>}
    </section>
  );
}

export function Options(props: OptionsProps) {
  const { settings, shortcut, onChange } = props;
  const t = useT();
  const set = (patch: Partial<Settings>): void => onChange((current) => ({ ...current, ...patch }));
  const removeSite = (rule: SiteRule, site: string): void =>
    onChange((current) => ({ ...current, sites: { ...current.sites, [rule]: current.sites[rule].filter((s) => s !== site) } }));
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {props.status && (
        <p class={`notice ${props.status.kind === 'error' ? 'error' : 'done'}`} role={props.status.kind === 'error' ? 'alert' : 'status'}>{props.status.text}</p>
      )}

      <section class="appearance" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">{t('appearance')}</h2>
        <div class="appearance-grid">
          <div class="controls">
            <fieldset class="theme">
              <legend>{t('theme')}</legend>
              {THEMES.map((theme) => (
                <label key={theme}>
                  <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => set({ theme })} />
                  {t(THEME_LABELS[theme])}
                </label>
              ))}
            </fieldset>
            <fieldset class="font">
              <legend>{t('font')}</legend>
              {FONT_FAMILIES.map((fontFamily) => (
                <label key={fontFamily} data-font={fontFamily}>
                  <input type="radio" name="font" value={fontFamily} checked={settings.fontFamily === fontFamily} onChange={() => set({ fontFamily })} />
                  {t(FONT_LABELS[fontFamily])}
                </label>
              ))}
            </fieldset>
            <NumberChoice name="font-size" label={t('textSize')} value={settings.fontSize} steps={FONT_SIZES} format={(px) => `${px} px`} onChange={(fontSize) => set({ fontSize })} />
            <NumberChoice name="line-height" label={t('lineHeight')} value={settings.lineHeight} steps={LINE_HEIGHTS} format={(x) => `× ${x}`} onChange={(lineHeight) => set({ lineHeight })} />
            <NumberChoice
              name="content-width"
              label={t('contentWidth')}
              value={settings.contentWidth}
              steps={CONTENT_WIDTHS}
              format={(em) => (em === 0 ? t('widthFull') : t('widthEm', em, em * CHARACTERS_PER_EM))}
              onChange={(contentWidth) => set({ contentWidth })}
            />
            <NumberChoice name="paragraph-spacing" label={t('paragraphSpacing')} value={settings.paragraphSpacing} steps={PARAGRAPH_SPACINGS} format={(em) => `${em} em`} onChange={(paragraphSpacing) => set({ paragraphSpacing })} />
          </div>
          <figure class="preview" aria-label={t('preview')}>
            <div class="layout">
              <article class="story">
                <h1 class="title">{t('previewTitle')}</h1>
                <div class="content">
                  <p>{t('previewText')}</p>
                  <p>{t('previewText')}</p>
                </div>
              </article>
            </div>
          </figure>
        </div>
      </section>

      <section class="detection" aria-labelledby="detection-heading">
        <h2 id="detection-heading">{t('detection')}</h2>
        <label>
          <input type="checkbox" name="detection" checked={settings.detection} onChange={(e) => set({ detection: (e.target as HTMLInputElement).checked })} />
          {t('detectionOn')}
        </label>
        <label>
          <input type="checkbox" name="badge" checked={settings.showBadge} disabled={!settings.detection} onChange={(e) => set({ showBadge: (e.target as HTMLInputElement).checked })} />
          {t('badgeOn')}
        </label>
      </section>

      <section class="site-rules" aria-labelledby="site-rules-heading">
        <h2 id="site-rules-heading">{t('siteRules')}</h2>
        {(['alwaysOpen', 'neverDetect'] as const).map((rule) => (
          <SiteList key={rule} rule={rule} sites={settings.sites[rule]} onAdd={(site) => props.onAddSite(rule, site)} onRemove={(site) => removeSite(rule, site)} />
        ))}
      </section>

      <section class="shortcut" aria-labelledby="shortcut-heading">
        <h2 id="shortcut-heading">{t('shortcut')}</h2>
        <p>
          {t('shortcutIntro')} <kbd class="current-shortcut">{shortcut === undefined ? '' : shortcut ?? t('noShortcut')}</kbd>. {t('shortcutEsc')}
        </p>
        <p>{t('readerKeys')}</p>
        <p>{t('shortcutHow')}</p>
        <button type="button" class="open-shortcuts" onClick={props.onOpenShortcutSettings}>{t('changeShortcut')}</button>
      </section>

      <section class="settings-file" aria-labelledby="settings-file-heading">
        <h2 id="settings-file-heading">{t('settingsFile')}</h2>
        <div class="buttons">
          <button type="button" class="export-settings" onClick={props.onExport}>{t('exportSettings')}</button>
          <FilePicker className="import-settings" label={t('importSettings')} accept="application/json,.json" onFile={props.onImport} />
          <button type="button" class="reset-settings" onClick={props.onReset}>{t('resetSettings')}</button>
        </div>
      </section>
    </main>
  );
}
