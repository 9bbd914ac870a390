/**
 * Builds the extension for one browser: `vite build --mode chrome` → dist/chrome,
 * `vite build --mode firefox` → dist/firefox. The engine's Node build is in vite.engine.config.ts.
 */
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { manifestFor, type TargetBrowser } from './manifest.config.ts';

export default defineConfig(({ mode }) => {
  const target: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // A self-contained content script: no loader, and no content-script chunks any page could probe for.
        contentScripts: { standaloneFiles: ['src/entries/content.ts'] },
      }),
    ],
    // Copied as they are to the build's root: the message catalogues (_locales).
    publicDir: 'assets/static',
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rollupOptions: {
        input: {
          reader: 'src/entries/reader.html',
          list: 'src/entries/list.html',
        },
      },
    },
    server: { port: 5180, strictPort: true, hmr: { port: 5181 } },
  };
});
