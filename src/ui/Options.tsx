/** The options page: theme and text size (live in any open reader), and the shortcut in use. */
import { FONT_SIZES, THEMES, type Settings, type Theme } from '../shared/settings';

export interface OptionsProps {
  settings: Settings;
  shortcut: string | null;
  onChange(settings: Settings): void;
  onOpenShortcutSettings(): void;
}

const THEME_LABELS: Record<Theme, string> = { light: 'Light', sepia: 'Sepia', dark: 'Dark', auto: 'Auto (follow the system)' };

export function Options({ settings, shortcut, onChange, onOpenShortcutSettings }: OptionsProps) {
  return (
    <main class="options">
      <h1>Lectern options</h1>
      <fieldset class="theme">
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme}>
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => onChange({ ...settings, theme })}
            />
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>
      <label class="font-size">
        Text size{' '}
        <select value={String(settings.fontSize)} onChange={(e) => onChange({ ...settings, fontSize: Number((e.target as HTMLSelectElement).value) })}>
          {FONT_SIZES.map((size) => (
            <option key={size} value={String(size)}>{size} px</option>
          ))}
        </select>
      </label>
      <p class="preview" style={{ fontSize: `${settings.fontSize}px` }} data-theme={settings.theme}>
        The quick brown fox reads the whole story, without the clutter.
      </p>
      <section class="shortcut">
        <h2>Keyboard shortcut</h2>
        <p>
          Open and close the reader with <kbd class="current-shortcut">{shortcut ?? 'no shortcut set'}</kbd>. Esc also closes it.
        </p>
        <p>
          To change it, open the browser's shortcut settings (Chromium: chrome://extensions/shortcuts; Firefox: Add-ons
          Manager → gear menu → Manage Extension Shortcuts).
        </p>
        <button type="button" class="open-shortcuts" onClick={onOpenShortcutSettings}>Change the shortcut…</button>
      </section>
    </main>
  );
}
