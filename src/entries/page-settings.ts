/** Extension pages follow the stored settings, live: shared by the reader, the list and the options page. */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../shared/settings';
import { loadSettings, saveSettings, watchSettings } from '../platform/settings-store';
import { applySettings } from '../ui/theme';

/** `loaded`: the stored settings when the page read them before its first render (the reader does). */
export function useLiveSettings(loaded?: Settings): Settings {
  const [settings, setSettings] = useState<Settings>(loaded ?? DEFAULT_SETTINGS);
  useEffect(() => {
    let alive = true;
    if (!loaded) void loadSettings().then((stored) => alive && setSettings(stored));
    const stop = watchSettings(setSettings);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  // Before the browser paints: the first frame has the reader's theme and type, never the defaults' for a moment.
  useLayoutEffect(() => applySettings(document.documentElement, settings), [settings]);
  return settings;
}

const sameSettings = (a: Settings, b: Settings): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes to the settings from keys pressed in a page (the reader's + − t), stored: every open page
 * follows. Each change builds on the last one asked for, not on the last one stored, so a key pressed
 * twice before storage answers steps twice. Storage reports each of the page's own changes back, in
 * order: until the last one asked for is back, what it reports is older than what was asked, and is
 * not built on. A change made elsewhere (the options page, another device) is built on at once.
 */
export function useSettingsChange(settings: Settings): (next: (current: Settings) => Partial<Settings>) => void {
  const latest = useRef(settings);
  /** This page's changes not yet reported back by storage, oldest first. */
  const asked = useRef<Settings[]>([]);
  useLayoutEffect(() => {
    const echo = asked.current.findIndex((change) => sameSettings(change, settings));
    asked.current = echo >= 0 ? asked.current.slice(echo + 1) : [];
    if (asked.current.length === 0) latest.current = settings;
  }, [settings]);
  return useCallback((next) => {
    latest.current = migrateSettings({ ...latest.current, ...next(latest.current) });
    asked.current.push(latest.current);
    void saveSettings(latest.current);
  }, []);
}
