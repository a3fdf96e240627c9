import { type Page, expect, test } from '@playwright/test';

import { messageBubble, openChatBySearch, showScope, signInToChats } from './support/console';
import { ASHA } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

/** Messages in the scripts customers write in, with the bundled face each one needs. */
const SAMPLES = [
  { label: 'Hindi', text: 'नमस्ते, मेरी कैब कहाँ है?', family: 'Noto Sans Devanagari' },
  { label: 'Marathi', text: 'माझी कॅब कुठे आहे?', family: 'Noto Sans Devanagari' },
  { label: 'Tamil', text: 'என் கார் எங்கே?', family: 'Noto Sans Tamil' },
  { label: 'emoji', text: '🚕🙏', family: 'Noto Emoji' },
] as const;

const FAMILIES = [...new Set(SAMPLES.map((sample) => sample.family))];

/** The bundled faces of the given families that the browser has fetched. */
function loadedFaces(page: Page, families: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (wanted) =>
      [...document.fonts]
        .filter((face) => wanted.includes(face.family.replace(/"/g, '')))
        .filter((face) => face.status === 'loaded')
        .map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`),
    families,
  );
}

/** The script families whose letters the page shows now (Devanagari, Tamil, emoji). */
function shownFamilies(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const text = document.body.innerText;
    const scripts: [RegExp, string][] = [
      [/[\u0900-\u097F]/, 'Noto Sans Devanagari'],
      [/[\u0B80-\u0BFF]/, 'Noto Sans Tamil'],
      [/\p{Extended_Pictographic}/u, 'Noto Emoji'],
    ];
    return scripts.filter(([letters]) => letters.test(text)).map(([, family]) => family);
  });
}

/** How a sample draws, compared with the missing-glyph boxes for as many code points. */
interface Drawing {
  /** Width of the sample and of the boxes, in CSS pixels. */
  readonly width: number;
  readonly boxesWidth: number;
  /** Pixels the sample inks. */
  readonly ink: number;
}

/**
 * Draws the bubble's text in a canvas with the bubble's own font. With no font for a script,
 * Chromium draws each code point as a box, all boxes equally wide: so the sample is measured
 * against the same text with an unassigned code point (U+0378) in place of each non-Latin one.
 * Real glyphs (shaped clusters, emoji) are never exactly that wide. A face that loads but
 * cannot paint (a colour emoji format the browser does not draw) inks nothing.
 */
function drawn(page: Page, text: string): Promise<Drawing> {
  return messageBubble(page, text)
    .locator('app-message-text')
    .evaluate(async (element, sample) => {
      const font = getComputedStyle(element).font;
      // The faces the bubble's text needs, fetched as they would be to draw it on screen.
      await document.fonts.load(font, sample);
      // Latin letters, spaces and punctuation stay; every other code point becomes a box.
      const boxes = [...sample]
        .map((char) => (char.codePointAt(0)! < 0x0370 ? char : '\u0378'))
        .join('');
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 60;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.font = font;
      context.textBaseline = 'middle';
      context.fillStyle = '#000';
      context.fillText(sample, 4, 30);
      const alpha = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let index = 3; index < alpha.length; index += 4) {
        ink += alpha[index] > 0 ? 1 : 0;
      }
      return {
        width: context.measureText(sample).width,
        boxesWidth: context.measureText(boxes).width,
        ink,
      };
    }, text);
}

test('Hindi, Marathi, Tamil and emoji draw as letters from bundled fonts fetched only when shown', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInToChats(page, ASHA);
  await showScope(page, 'All');

  await test.step('no script font is fetched while no such text shows', async () => {
    // Chats of earlier tests on the same stack may show such text already: a face may load only
    // for a script that is on screen.
    const shown = await shownFamilies(page);
    const loaded = (await loadedFaces(page, FAMILIES)).map((face) => face.replace(/ \d+$/, ''));
    expect(loaded.filter((family) => !shown.includes(family))).toEqual([]);
  });

  const customer = { ...newCustomer('Sunita'), name: 'सुनीता शर्मा' };
  for (const sample of SAMPLES) {
    await injectInbound({ ...customer, text: sample.text });
  }
  await openChatBySearch(page, customer.name);
  for (const sample of SAMPLES) {
    await expect(messageBubble(page, sample.text)).toBeVisible();
  }
  await page.evaluate(() => document.fonts.ready);

  for (const sample of SAMPLES) {
    await test.step(`${sample.label} draws with ${sample.family}, not as boxes`, async () => {
      const drawing = await drawn(page, sample.text);
      expect(drawing.ink, 'pixels inked').toBeGreaterThan(50);
      expect(
        Math.abs(drawing.width - drawing.boxesWidth),
        'width unlike the boxes',
      ).toBeGreaterThan(1);
      expect(await loadedFaces(page, [sample.family])).toContain(`${sample.family} 400`);
    });
  }

  await test.step('the scripts nobody wrote in stay unfetched', async () => {
    const others = ['Noto Sans Bengali', 'Noto Sans Telugu', 'Noto Sans Gujarati'];
    expect(await loadedFaces(page, others)).toEqual([]);
  });

  await page.screenshot({ path: 'docs/screenshots/scripts.png', animations: 'disabled' });
});
