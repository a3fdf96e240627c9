import { ComponentFixture } from '@angular/core/testing';

/** The canvas a chart component draws on. */
export function canvasOf(fixture: ComponentFixture<unknown>): HTMLCanvasElement {
  return (fixture.nativeElement as HTMLElement).querySelector('canvas')!;
}

/** The cells of a chart's table for screen readers, row by row, trimmed. */
export function tableRows(fixture: ComponentFixture<unknown>): string[][] {
  const rows = (fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr');
  return Array.from(rows).map((row) =>
    Array.from(row.children).map((cell) => cell.textContent?.trim() ?? ''),
  );
}
