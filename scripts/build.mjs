// Builds everything `npm run build` promises: dist/chrome, dist/firefox, dist/engine (JS + types).
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { foldReaderPage } from './fold-reader-page.mjs';

for (const mode of ['chrome', 'firefox']) {
  await build({ mode, logLevel: 'warn' });
  await foldReaderPage(`dist/${mode}`);
  console.log(`built dist/${mode}`);
}
await build({ configFile: 'vite.engine.config.ts', logLevel: 'warn' });
execFileSync('npx', ['tsc', '-p', 'tsconfig.engine.json'], { stdio: 'inherit' });
writeFileSync('dist/engine/lectern-engine.d.ts', "export * from './types/index';\n");
console.log('built dist/engine/lectern-engine.js');
