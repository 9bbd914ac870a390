/** Mozilla's own linter on the Firefox build: no errors allowed (warnings are listed in the output). */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST_FIREFOX, ROOT } from '../support/paths';

const run = promisify(execFile);

describe('web-ext lint', () => {
  it('reports 0 errors on dist/firefox', async () => {
    const { stdout } = await run(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', DIST_FIREFOX, '--self-hosted', '--output', 'json'], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    for (const warning of report.warnings) console.log(`web-ext warning: ${warning.code} ${warning.file ?? ''}`);
    expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
