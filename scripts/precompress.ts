/**
 * Writes a brotli twin (`file.js.br`, quality 11) beside every script and stylesheet of a build, so
 * a static host (and `scripts/serve-console.ts`) sends the compressed bytes without compressing
 * on each request. `npm run build` runs it; the folder defaults to the console's build.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist/customer-care-chat-v2/browser');

let files = 0;
let before = 0;
let after = 0;
for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
  if (!/\.(?:js|css)$/.test(name)) {
    continue;
  }
  const path = join(root, name);
  const raw = readFileSync(path);
  const packed = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  writeFileSync(`${path}.br`, packed);
  files++;
  before += raw.length;
  after += packed.length;
}
console.warn(
  `precompress: ${files} files in ${root}, ${(before / 1000).toFixed(0)} kB to ${(after / 1000).toFixed(0)} kB brotli`,
);
