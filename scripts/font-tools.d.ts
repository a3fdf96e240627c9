/** The little of `fontkit` and `subset-font` that `scripts/icon-font.ts` uses (neither ships types). */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
  }
  export interface Font {
    characterSet: number[];
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): { glyphs: Glyph[] };
  }
  export function create(buffer: Buffer): Font;
}

declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; noLayoutClosure?: boolean },
  ): Promise<Buffer>;
}
