import type { Size } from './bundle-size';

/** Section timings of a run, for the load beside each section's figures. */
export interface SectionTimes {
  sections: Record<string, { seconds: number; load1: number }>;
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
export const pct = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const verdict = (met: boolean | undefined) =>
  met === undefined ? 'not measured' : met ? 'met' : '**not met**';

export function sizeCells(size: Size): string {
  return `${size.files} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)}`;
}

export function loadOf(results: SectionTimes, name: string): string {
  const section = results.sections[name];
  return section ? `load average (1 min) at start: ${section.load1.toFixed(2)}` : '';
}
