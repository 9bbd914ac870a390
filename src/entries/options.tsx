/** Options page wiring: settings are written to storage.sync; open readers follow through storage events. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/styles/base.css';
import '../ui/styles/pages.css';
import { saveSettings } from '../platform/settings-store';
import { currentShortcut, openShortcutSettings } from '../platform/navigation';
import { Options } from '../ui/Options';
import { useLiveSettings } from './page-settings';

function App() {
  const settings = useLiveSettings();
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => void currentShortcut().then(setShortcut), []);
  return (
    <Options
      settings={settings}
      shortcut={shortcut}
      onChange={(next) => void saveSettings(next)}
      onOpenShortcutSettings={() => void openShortcutSettings()}
    />
  );
}

render(<App />, document.getElementById('app')!);
