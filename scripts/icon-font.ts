/**
 * The icon font, cut to the icons the console draws. Material Symbols Outlined (weight 400) holds
 * some 4,000 icons in 325 kB; the console names about 170 of them, so it ships a subset of a few
 * kB (`src/styles/icons/`), which a slow line fetches in a blink.
 *
 * The names are every lower-case word in quotes, or alone between `>` and `<`, in the app's
 * templates and code (specs excepted) that the font draws as one icon: static names
 * (`<mat-icon>search</mat-icon>`), names in bindings (`{{ copied() ? 'check' : 'content_copy' }}`)
 * and names in code (`icon: 'alarm'`) alike. A few words that are not meant as icons come along;
 * the subset stays small, and no icon the console names is left out.
 *
 * `npx tsx scripts/icon-font.ts` writes the subset and its list of names (`icon-names.json`);
 * `--check` (run by `npm run lint`) writes nothing and exits 1 when a name in the code is not in
 * the list, or the subset does not draw every listed name as a single icon: a new icon never shows
 * as a word.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Font, create } from 'fontkit';
import subsetFont from 'subset-font';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(
  ROOT,
  'node_modules/@fontsource/material-symbols-outlined/files/material-symbols-outlined-latin-400-normal.woff2',
);
const OUT_DIR = join(ROOT, 'src/styles/icons');
const SUBSET = join(OUT_DIR, 'material-symbols-outlined-subset.woff2');
const NAMES = join(OUT_DIR, 'icon-names.json');
/** What icon names are spelt with: the ligatures' input glyphs. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_';
/** Material Symbols maps each icon to a code point of the private use area too. */
const PRIVATE_USE = 0xe000;

/** Lower-case words in quotes, or alone between tags, in the app's templates and code. */
function wordsInSources(): Set<string> {
  const files = execFileSync('git', ['ls-files', 'src/app/**/*.ts', 'src/app/**/*.html'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file && !file.endsWith('.spec.ts'));
  const words = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const [, word] of text.matchAll(/['"`]([a-z][a-z0-9_]*)['"`]/g)) {
      words.add(word);
    }
    for (const [, word] of text.matchAll(/>\s*([a-z][a-z0-9_]*)\s*</g)) {
      words.add(word);
    }
  }
  return words;
}

/** The icon `name` draws as in `font` (its private-use code point), or null when it is no icon. */
function iconCodePoint(font: Font, name: string, byGlyph: Map<number, number>): number | null {
  const { glyphs } = font.layout(name);
  const codePoint = glyphs.length === 1 ? byGlyph.get(glyphs[0].id) : undefined;
  return codePoint !== undefined && codePoint >= PRIVATE_USE ? codePoint : null;
}

function codePointsByGlyph(font: Font): Map<number, number> {
  const byGlyph = new Map<number, number>();
  for (const codePoint of font.characterSet) {
    const { id } = font.glyphForCodePoint(codePoint);
    if (!byGlyph.has(id) || codePoint >= PRIVATE_USE) {
      byGlyph.set(id, codePoint);
    }
  }
  return byGlyph;
}

/** The icons the sources name, sorted, with their code points in the full font. */
function iconsInSources(): { names: string[]; codePoints: number[] } {
  const font = create(readFileSync(SOURCE));
  const byGlyph = codePointsByGlyph(font);
  const found = [...wordsInSources()]
    .map((name) => ({ name, codePoint: iconCodePoint(font, name, byGlyph) }))
    .filter((icon): icon is { name: string; codePoint: number } => icon.codePoint !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { names: found.map((icon) => icon.name), codePoints: found.map((i) => i.codePoint) };
}

/** Problems with the committed subset: names the code uses that it lacks or does not draw. */
function check(names: string[]): string[] {
  const listed = new Set(JSON.parse(readFileSync(NAMES, 'utf8')) as string[]);
  const problems = names
    .filter((name) => !listed.has(name))
    .map((name) => `"${name}" is named in src/app but not in the icon subset.`);
  const subset = create(readFileSync(SUBSET));
  const byGlyph = codePointsByGlyph(subset);
  for (const name of listed) {
    if (iconCodePoint(subset, name, byGlyph) === null) {
      problems.push(`"${name}" is listed but the subset does not draw it as an icon.`);
    }
  }
  return problems;
}

async function main(): Promise<void> {
  const { names, codePoints } = iconsInSources();
  if (process.argv.includes('--check')) {
    const problems = check(names);
    if (problems.length > 0) {
      console.error(
        `${problems.join('\n')}\nRun \`npx tsx scripts/icon-font.ts\` to cut the icon font again.`,
      );
      process.exit(1);
    }
    return;
  }
  const subset = await subsetFont(
    readFileSync(SOURCE),
    LETTERS + String.fromCodePoint(...codePoints),
    // Only the listed icons' ligatures: without this, every icon spelt with the letters stays.
    { targetFormat: 'woff2', noLayoutClosure: true },
  );
  writeFileSync(SUBSET, subset);
  writeFileSync(NAMES, `${JSON.stringify(names, null, 2)}\n`);
  console.warn(`icon-font: ${names.length} icons, ${(subset.length / 1000).toFixed(1)} kB`);
}

void main();
