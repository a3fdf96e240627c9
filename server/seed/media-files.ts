import { crc32, deflateSync } from 'node:zlib';

/** A generated file, ready to be stored as WhatsApp media. */
export interface GeneratedMedia {
  mime_type: string;
  file_name: string;
  bytes: Buffer;
  duration_seconds?: number;
}

/** A small valid PNG: a road scene tinted by `hue` (0-359), like a customer's photo. */
export function pngPhoto(hue: number, width = 160, height = 120): Buffer {
  const [r, g, b] = hueToRgb(hue);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  const carTop = height * 0.45;
  const carBottom = height * 0.75;
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    const sky = y < height * 0.55;
    const t = y / (height * 0.55);
    for (let x = 0; x < width; x++) {
      const at = row + 1 + x * 3;
      const car = x > width * 0.3 && x < width * 0.7 && y > carTop && y < carBottom;
      if (sky && !car) {
        raw[at] = Math.round(120 + 100 * t);
        raw[at + 1] = Math.round(170 + 60 * t);
        raw[at + 2] = 235;
      } else if (car) {
        raw[at] = r;
        raw[at + 1] = g;
        raw[at + 2] = b;
      } else {
        raw[at] = 70;
        raw[at + 1] = 70;
        raw[at + 2] = 75;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal valid one-page PDF showing `lines` of text. */
export function pdfDocument(title: string, lines: string[]): Buffer {
  const escape = (text: string) =>
    text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
  const content = [
    'BT',
    '/F1 18 Tf',
    '50 780 Td',
    `(${escape(title)}) Tj`,
    '/F1 11 Tf',
    ...lines.flatMap((line) => ['0 -22 Td', `(${escape(line)}) Tj`]),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A short valid WAV (8 kHz, 8-bit mono): a tone of `frequency` Hz that fades out. */
export function wavTone(frequency: number, seconds: number): Buffer {
  const rate = 8000;
  const samples = Math.round(rate * seconds);
  const buffer = Buffer.alloc(44 + samples);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate, 28);
  buffer.writeUInt16LE(1, 32);
  buffer.writeUInt16LE(8, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i++) {
    const fade = 1 - i / samples;
    buffer[44 + i] = Math.round(128 + 90 * fade * Math.sin((2 * Math.PI * frequency * i) / rate));
  }
  return buffer;
}

/**
 * The smallest well-formed MP4 container: an `ftyp` box, a `free` box and an empty `mdat`. Players
 * recognise the type; there are no frames to show.
 */
export function mp4Stub(): Buffer {
  const box = (type: string, payload: Buffer) => {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(8 + payload.length, 0);
    header.write(type, 4, 'ascii');
    return Buffer.concat([header, payload]);
  };
  const ftyp = Buffer.alloc(16);
  ftyp.write('isom', 0, 'ascii');
  ftyp.writeUInt32BE(512, 4);
  ftyp.write('isomiso2mp41', 4 + 4, 'ascii');
  return Buffer.concat([
    box('ftyp', ftyp),
    box('free', Buffer.alloc(8)),
    box('mdat', Buffer.alloc(0)),
  ]);
}

/** A sample file of a media message type, for the simulator and the inject command. */
export function sampleMedia(
  type: 'image' | 'document' | 'audio' | 'video',
  variant: number,
  label: string,
): GeneratedMedia {
  switch (type) {
    case 'image':
      return {
        mime_type: 'image/png',
        file_name: `photo-${variant}.png`,
        bytes: pngPhoto((variant * 47) % 360),
      };
    case 'document':
      return {
        mime_type: 'application/pdf',
        file_name: `${label.replace(/[^A-Za-z0-9-]+/g, '-').toLowerCase() || 'document'}.pdf`,
        bytes: pdfDocument('OneWay.Cab', [label, `Reference ${variant}`]),
      };
    case 'audio':
      return {
        mime_type: 'audio/wav',
        file_name: `voice-note-${variant}.wav`,
        bytes: wavTone(330 + (variant % 5) * 55, 1.5),
        duration_seconds: 1.5,
      };
    case 'video':
      return {
        mime_type: 'video/mp4',
        file_name: `clip-${variant}.mp4`,
        bytes: mp4Stub(),
        duration_seconds: 0,
      };
  }
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

function hueToRgb(hue: number): [number, number, number] {
  const h = (hue % 360) / 60;
  const x = Math.round(200 * (1 - Math.abs((h % 2) - 1)));
  const table: [number, number, number][] = [
    [200, x, 40],
    [x, 200, 40],
    [40, 200, x],
    [40, x, 200],
    [x, 40, 200],
    [200, 40, x],
  ];
  return table[Math.floor(h) % 6];
}
