import type { Part } from './bundle-size';
import { kb } from './report-format';

/** How many parts the attribution names one by one; the rest are summed in a row. */
const NAMED = 24;

const FRAMEWORK = /^(@angular\/(core|common|platform-browser|router|forms)|rxjs|tslib)$/;

/** The group a part belongs to, for the attribution's subtotals. */
function groupOf(part: string): string {
  if (FRAMEWORK.test(part)) {
    return 'Angular (core, common, router, forms) and rxjs';
  }
  if (/^@angular\/(material|cdk)/.test(part)) {
    return 'Angular Material and the CDK';
  }
  if (part.startsWith('src/')) {
    return 'our code (`src/`)';
  }
  return 'other packages (socket.io-client, zod, ngx-toastr, date-fns, …)';
}

/**
 * The attribution of the chats route's bytes before the list is usable: by group, then the
 * largest parts one by one. Brotli bytes are each file's, shared among its inputs by raw bytes.
 */
export function sizeAttribution(parts: Part[]): string[] {
  const groups = new Map<string, { raw: number; brotli: number }>();
  for (const { part, raw, brotli } of parts) {
    const group = groups.get(groupOf(part)) ?? { raw: 0, brotli: 0 };
    group.raw += raw;
    group.brotli += brotli;
    groups.set(groupOf(part), group);
  }
  const rest = parts.slice(NAMED);
  const sum = (list: { raw: number; brotli: number }[], key: 'raw' | 'brotli') =>
    list.reduce((total, item) => total + item[key], 0);
  return [
    'What the chats route loads before the list is usable (JS only), by what it is made of (from',
    "the build's esbuild stats; each file's brotli bytes shared among its inputs by raw bytes):",
    '',
    '| group | raw | brotli |',
    '| --- | --- | --- |',
    ...[...groups]
      .sort((a, b) => b[1].brotli - a[1].brotli)
      .map(([group, size]) => `| ${group} | ${kb(size.raw)} | ${kb(size.brotli)} |`),
    '',
    '| part | raw | brotli |',
    '| --- | --- | --- |',
    ...parts
      .slice(0, NAMED)
      .map(({ part, raw, brotli }) => `| \`${part}\` | ${kb(raw)} | ${kb(brotli)} |`),
    `| ${rest.length} smaller parts | ${kb(sum(rest, 'raw'))} | ${kb(sum(rest, 'brotli'))} |`,
    '',
    'Kept off this path on purpose: the status tabs, My / All, the search field and the busy',
    'indicators are plain elements in the theme, hints are native titles, and the toolbar menus',
    "and a row's actions load Material's menu and overlay when first opened (README, \"The first",
    'screen loads little Material"). What is left is mostly Angular with its router and rxjs and',
    "the console's own code; of Material, the button (with its ripple and focus handling) and the",
    "CDK's virtual scroll and key managers.",
    '',
  ];
}
