/**
 * Options page wiring: settings are written to storage.sync (open readers follow through storage events);
 * per-site rules ask the browser for that site's access first; settings files are read and written here.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import '../ui/styles/base.css';
import '../ui/styles/reader.css';
import '../ui/styles/pages.css';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { MAX_SETTINGS_FILE_BYTES, readSettingsFile, settingsFileName, settingsFileText } from '../shared/settings-file';
import { changeSettings } from '../platform/settings-store';
import { currentShortcut, openShortcutSettings } from '../platform/navigation';
import { ensureSiteAccess } from '../platform/site-permissions';
import { translate } from '../platform/i18n';
import { Options, type OptionsProps, type SiteRule } from '../ui/Options';
import { downloadFile } from '../ui/download';
import { useLiveSettings } from './page-settings';
import { mountPage } from './mount-page';

/**
 * The shortcut as the browser has it: undefined until the browser has answered (the page must not say "no
 * shortcut set" meanwhile), read again whenever the page is shown, as after changing it in the browser's
 * shortcut settings, which open in another tab.
 */
function useCurrentShortcut(): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const read = () => void currentShortcut().then(setShortcut);
    const readWhenShown = () => document.visibilityState === 'visible' && read();
    read();
    document.addEventListener('visibilitychange', readWhenShown);
    return () => document.removeEventListener('visibilitychange', readWhenShown);
  }, []);
  return shortcut;
}

function App() {
  const settings = useLiveSettings();
  const shortcut = useCurrentShortcut();
  const [status, setStatus] = useState<OptionsProps['status']>(null);

  // Changes run one after another, each on the settings as stored once the one before is written: two
  // made in quick succession from what the page showed (a site removed, then another added) would each
  // write the other's stale state, and one of them would be lost.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const store = (change: (current: Settings) => Settings, done?: string): Promise<boolean> => {
    const run = queue.current.then(async () => {
      try {
        await changeSettings(change);
        setStatus(done ? { kind: 'ok', text: done } : null);
        return true;
      } catch (error) {
        setStatus({ kind: 'error', text: translate('saveSettingsFailed', String(error)) });
        return false;
      }
    });
    queue.current = run;
    return run;
  };

  const addSite = async (rule: SiteRule, site: string): Promise<string | null> => {
    // Only opening the reader needs the page: a rule that stops detection needs no access.
    if (rule === 'alwaysOpen' && !(await ensureSiteAccess(site).catch(() => false))) return translate('permissionDenied', site);
    const added = await store((current) => {
      const list = current.sites[rule].includes(site) ? current.sites[rule] : [...current.sites[rule], site];
      return { ...current, sites: { ...current.sites, [rule]: list } };
    });
    return added ? null : translate('saveSettingsFailed', site);
  };

  const importFile = async (file: File): Promise<void> => {
    if (file.size > MAX_SETTINGS_FILE_BYTES) return setStatus({ kind: 'error', text: translate('importFailed', translate('importTooLarge')) });
    const read = readSettingsFile(await file.text());
    if (!read.ok) return setStatus({ kind: 'error', text: translate('importFailed', translate(read.problem)) });
    await store(() => read.settings, translate('importDone'));
  };

  return (
    <Options
      settings={settings}
      shortcut={shortcut}
      status={status}
      onChange={(change) => void store(change)}
      onAddSite={addSite}
      onExport={() => downloadFile([settingsFileText(settings)], settingsFileName(), 'application/json')}
      onImport={(file) => void importFile(file)}
      onReset={() => void store(() => structuredClone(DEFAULT_SETTINGS), translate('resetDone'))}
      onOpenShortcutSettings={() => void openShortcutSettings()}
    />
  );
}

mountPage(App);
