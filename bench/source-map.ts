import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a position of a built file came from. */
export interface OriginalPosition {
  /** The source file, relative to the repository (`src/app/...`, `node_modules/@angular/...`). */
  source: string;
  /** 1-based line in that file. */
  line: number;
  /** The original name at that position, when the map names one there (a renamed identifier). */
  name?: string;
  /** The original line's text, trimmed, when the map holds the sources. */
  text?: string;
}

interface RawMap {
  sources: string[];
  names: string[];
  mappings: string;
  sourcesContent?: (string | null)[];
}

/** One decoded segment: generated column, source index, original line (0-based), name index. */
type Segment = [number, number, number, number];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes the base64 VLQ numbers of one segment (source map v3). */
function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** A source map (v3) read once, looked up by generated line and column. */
export class SourceMap {
  private readonly lines: Segment[][] = [];

  constructor(private readonly map: RawMap) {
    let source = 0;
    let line = 0;
    let name = -1;
    for (const text of map.mappings.split(';')) {
      const segments: Segment[] = [];
      let column = 0;
      for (const part of text.split(',')) {
        if (part === '') {
          continue;
        }
        const values = decodeSegment(part);
        column += values[0];
        if (values.length >= 4) {
          source += values[1];
          line += values[2];
          if (values.length >= 5) {
            name += values[4];
          }
          segments.push([column, source, line, values.length >= 5 ? name : -1]);
        }
      }
      this.lines.push(segments);
    }
  }

  /** The original position of 0-based `line` and `column` of the built file, if mapped. */
  lookup(line: number, column: number): OriginalPosition | undefined {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) {
      return undefined;
    }
    // The last segment starting at or before the column.
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (segments[middle][0] <= column) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    const [start, source, originalLine, name] = segments[low];
    if (start > column) {
      return undefined;
    }
    return {
      source: tidySource(this.map.sources[source] ?? '?'),
      line: originalLine + 1,
      name: name >= 0 && start === column ? this.map.names[name] : undefined,
      text: this.sourceLines(source)[originalLine]?.trim(),
    };
  }

  private readonly contents = new Map<number, string[]>();

  private sourceLines(source: number): string[] {
    let lines = this.contents.get(source);
    if (!lines) {
      lines = (this.map.sourcesContent?.[source] ?? '').split('\n');
      this.contents.set(source, lines);
    }
    return lines;
  }
}

/** `webpack:///`-style prefixes and `../` climbs off a source path; node_modules kept from there. */
function tidySource(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    return source.slice(modules);
  }
  return source.replace(/^[a-z]+:\/\/\/?/, '').replace(/^(?:\.\.?\/)+/, '');
}

/** Reads the maps of built files from a folder (`<file>.map`), each once. */
export class SourceMaps {
  private readonly maps = new Map<string, SourceMap | null>();

  constructor(private readonly dir: string) {}

  /** The original position of a position in the built file named `file` (e.g. `chunk-X.js`). */
  lookup(file: string, line: number, column: number): OriginalPosition | undefined {
    let map = this.maps.get(file);
    if (map === undefined) {
      const path = join(this.dir, `${file}.map`);
      map = existsSync(path)
        ? new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as RawMap)
        : null;
      this.maps.set(file, map);
    }
    return map?.lookup(line, column);
  }
}
