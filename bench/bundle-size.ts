import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { staticClosure } from '../scripts/build-stats';

/** Bytes of a set of files: as stored, gzip (level 9) and brotli (quality 11). */
export interface Size {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** A lazy route's own chunks: what loading it adds to the initial bundle. */
export interface LazyChunk {
  name: string;
  entry: string;
  size: Size;
}

export interface BuildSizes {
  /** index.html with its inlined critical CSS, plus the initial JS and global CSS. */
  initial: Size;
  initialFiles: string[];
  lazy: LazyChunk[];
  /** Whether any input of the build comes from zone.js. */
  hasZoneJs: boolean;
}

interface EsbuildStats {
  inputs: Record<string, unknown>;
  outputs: Record<
    string,
    { imports: { path: string; kind: string }[]; entryPoint?: string; bytes: number }
  >;
}

const cache = new Map<string, { raw: number; gzip: number; brotli: number }>();

function fileSize(path: string): { raw: number; gzip: number; brotli: number } {
  let size = cache.get(path);
  if (!size) {
    const bytes = readFileSync(path);
    size = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
    cache.set(path, size);
  }
  return size;
}

/** Sums the sizes of `files` (paths relative to `dir`), each compressed on its own as served. */
export function sizeOf(dir: string, files: Iterable<string>): Size {
  const total: Size = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const file of new Set(files)) {
    const size = fileSize(join(dir, file));
    total.files += 1;
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return total;
}

/**
 * Reads a production build (`<outDir>/browser` and `<outDir>/stats.json`): the initial files that
 * `index.html` names and their static imports, and each lazily imported entry point with the
 * chunks it adds.
 */
export function analyseBuild(outDir: string): BuildSizes {
  const browser = join(outDir, 'browser');
  const stats = JSON.parse(readFileSync(join(outDir, 'stats.json'), 'utf8')) as EsbuildStats;
  const html = readFileSync(join(browser, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const initialSet = new Set(
    staticClosure(
      stats,
      named.filter((file) => file.endsWith('.js')),
    ),
  );
  for (const file of named) {
    initialSet.add(file);
  }
  const initialFiles = [...initialSet].sort();
  const lazyEntries = new Set<string>();
  for (const output of Object.values(stats.outputs)) {
    for (const imported of output.imports) {
      if (imported.kind === 'dynamic-import') {
        lazyEntries.add(imported.path);
      }
    }
  }
  const lazy = [...lazyEntries]
    .filter((file) => stats.outputs[file]?.entryPoint)
    .map((file) => {
      const entry = stats.outputs[file].entryPoint!;
      const own = [...staticClosure(stats, [file])].filter((f) => !initialSet.has(f));
      return {
        name: entry.replace(/^.*\//, '').replace(/\.ts$/, ''),
        entry,
        size: sizeOf(browser, own),
      };
    })
    .sort((a, b) => b.size.brotli - a.size.brotli);
  return {
    initial: sizeOf(browser, ['index.html', ...initialFiles]),
    initialFiles,
    lazy,
    hasZoneJs: Object.keys(stats.inputs).some((input) => input.includes('zone.js')),
  };
}

/** What one package, Material or CDK module, or app folder puts into a set of files. */
export interface Part {
  part: string;
  raw: number;
  /** The files' brotli bytes, each file's shared among its inputs by their raw bytes in it. */
  brotli: number;
}

/** The part an esbuild input belongs to: its package (Material and the CDK by module) or folder. */
function partOf(input: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
  if (pkg === '@angular/material' || pkg === '@angular/cdk') {
    const module = /fesm2022\/_?([^.]+?)(?:-chunk)?\.mjs/.exec(input)?.[1];
    return module ? `${pkg}/${module}` : pkg;
  }
  return pkg ?? input.split('/').slice(0, 4).join('/');
}

/**
 * What each package or app folder puts into `files` (of the build in `outDir`), largest first
 * by transfer: the attribution of a route's bytes to what they are made of.
 */
export function composition(outDir: string, files: string[]): Part[] {
  const stats = JSON.parse(readFileSync(join(outDir, 'stats.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const byPart = new Map<string, Part>();
  for (const file of files) {
    const inputs = Object.entries(stats.outputs[file]?.inputs ?? {});
    const total = inputs.reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0);
    const { brotli } = fileSize(join(outDir, 'browser', file));
    for (const [input, { bytesInOutput }] of inputs) {
      const part = partOf(input);
      const entry = byPart.get(part) ?? { part, raw: 0, brotli: 0 };
      entry.raw += bytesInOutput;
      entry.brotli += total > 0 ? (brotli * bytesInOutput) / total : 0;
      byPart.set(part, entry);
    }
  }
  return [...byPart.values()].sort((a, b) => b.brotli - a.brotli);
}
