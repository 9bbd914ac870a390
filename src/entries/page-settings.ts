/** Extension pages follow the stored settings, live: shared by the reader, the list and the options page. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { applySettings } from '../ui/theme';

export function useLiveSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((loaded) => alive && setSettings(loaded));
    const stop = watchSettings(setSettings);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  useEffect(() => applySettings(document.documentElement, settings), [settings]);
  return settings;
}
