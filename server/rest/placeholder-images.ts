import { createHash } from 'node:crypto';

import type { DriverOrCabImage } from '../../src/contract';

export type ImageKind = DriverOrCabImage['kind'];

export const IMAGE_KINDS: readonly ImageKind[] = [
  'driver',
  'cab_front',
  'cab_back',
  'cab_interior',
];

const LABELS: Record<ImageKind, string> = {
  driver: 'Driver photo',
  cab_front: 'Cab, front',
  cab_back: 'Cab, back',
  cab_interior: 'Cab, interior',
};

/** The caption the web API gives an image. */
export function imageCaption(kind: ImageKind, name: string, cabNumber: string): string {
  return kind === 'driver' ? `${name}` : `${LABELS[kind]} (${cabNumber})`;
}

/** A generated SVG placeholder: a face for the driver, a cab outline with the plate for the cab. */
export function placeholderSvg(kind: ImageKind, name: string, cabNumber: string): string {
  const hue =
    createHash('sha1')
      .update(name + kind)
      .digest()[0] * 1.4;
  const background = `hsl(${Math.round(hue)}, 45%, 88%)`;
  const ink = `hsl(${Math.round(hue)}, 45%, 28%)`;
  const art =
    kind === 'driver'
      ? `<circle cx="160" cy="95" r="42" fill="${ink}"/><path d="M80 215 C80 150 240 150 240 215 Z" fill="${ink}"/>`
      : kind === 'cab_interior'
        ? `<rect x="60" y="70" width="80" height="100" rx="14" fill="${ink}"/><rect x="180" y="70" width="80" height="100" rx="14" fill="${ink}"/>`
        : `<rect x="50" y="110" width="220" height="60" rx="16" fill="${ink}"/><path d="M90 110 L120 70 H200 L230 110 Z" fill="${ink}"/>` +
          `<circle cx="100" cy="175" r="18" fill="#222"/><circle cx="220" cy="175" r="18" fill="#222"/>` +
          `<rect x="115" y="140" width="90" height="22" fill="#fff" stroke="#222"/>` +
          `<text x="160" y="156" font-size="13" text-anchor="middle" font-family="monospace" fill="#222">${escapeXml(cabNumber)}</text>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240" viewBox="0 0 320 240" role="img" aria-label="${escapeXml(imageCaption(kind, name, cabNumber))}">
<rect width="320" height="240" fill="${background}"/>
${art}
<text x="160" y="228" font-size="14" text-anchor="middle" font-family="sans-serif" fill="${ink}">${escapeXml(kind === 'driver' ? name : LABELS[kind])}</text>
</svg>
`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
