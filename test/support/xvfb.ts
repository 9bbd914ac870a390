/**
 * A virtual X display for headed browsers, and real key presses into it with xdotool. Synthetic key
 * events from Playwright or Puppeteer never reach a browser's manifest commands; X events do.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const X_TOOLS = ['/usr/bin/Xvfb', '/usr/bin/xdotool'];
export const X_TOOLS_MISSING = `Xvfb or xdotool is missing: run scripts/install.sh (Debian packages xvfb, xauth, xdotool)`;

export interface VirtualDisplay {
  display: string;
  env: NodeJS.ProcessEnv;
  /** Focuses the newest visible window whose class matches, then types the key combination. */
  pressKeys(windowClass: string, keys: string): Promise<void>;
  close(): Promise<void>;
}

export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  for (const tool of X_TOOLS) if (!existsSync(tool)) throw new Error(X_TOOLS_MISSING);
  // A display number no other test run is likely to hold; the lock file tells if it is taken.
  let number = 90 + Math.floor(Math.random() * 100);
  while (existsSync(`/tmp/.X${number}-lock`)) number++;
  const display = `:${number}`;
  const server: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!existsSync(`/tmp/.X11-unix/X${number}`)) {
    if (Date.now() > deadline) throw new Error(`Xvfb did not start on ${display}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const env = { ...process.env, DISPLAY: display };
  return {
    display,
    env,
    async pressKeys(windowClass, keys) {
      const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--class', windowClass], { env });
      const window = stdout.trim().split('\n').filter(Boolean).at(-1);
      if (!window) throw new Error(`no visible ${windowClass} window on ${display}`);
      // windowactivate needs a window manager; windowfocus does not.
      await run('xdotool', ['windowfocus', '--sync', window], { env });
      await run('xdotool', ['key', '--clearmodifiers', keys], { env });
    },
    async close() {
      server.kill();
      await new Promise((r) => setTimeout(r, 200));
    },
  };
}
