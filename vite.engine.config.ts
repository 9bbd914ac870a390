/** The engine as one ES module for Node and other hosts: dist/engine/lectern-engine.js. */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist/engine',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: { entry: 'src/engine/index.ts', formats: ['es'], fileName: () => 'lectern-engine.js' },
  },
});
