/**
 * The toast colours of `styles.scss`, measured in the browser with the global styles loaded:
 * every kind of toast must reach WCAG AA (4.5:1) for its text in the light and the dark theme.
 */

type Rgb = readonly [number, number, number];

function parseColour(value: string): Rgb {
  const channels = value.match(/[\d.]+/g)?.map(Number) ?? [];
  if (!value.startsWith('rgb') || channels.length < 3) {
    throw new Error(`Not an rgb() colour: ${value}`);
  }
  return [channels[0], channels[1], channels[2]];
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('toast colours', () => {
  const root = document.documentElement;
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    container.className = 'toast-container toast-bottom-left';
    document.body.append(container);
  });

  afterEach(() => {
    container.remove();
    root.classList.remove('theme-light', 'theme-dark');
  });

  function toast(kind: string): { text: Rgb; background: Rgb; close: Rgb } {
    const element = document.createElement('div');
    element.className = `ngx-toastr toast-${kind}`;
    element.innerHTML =
      '<button class="toast-close-button" type="button">×</button>' +
      '<div class="toast-message">Chat resolved.</div>';
    container.append(element);
    const style = getComputedStyle(element);
    const message = element.querySelector('.toast-message') as HTMLElement;
    const close = element.querySelector('.toast-close-button') as HTMLElement;
    return {
      text: parseColour(getComputedStyle(message).color),
      background: parseColour(style.backgroundColor),
      close: parseColour(getComputedStyle(close).color),
    };
  }

  for (const theme of ['theme-light', 'theme-dark']) {
    for (const kind of ['success', 'info', 'warning', 'error']) {
      it(`gives ${kind} toasts text of at least 4.5:1 in ${theme}`, () => {
        root.classList.add(theme);
        const { text, background, close } = toast(kind);
        expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(close, background)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it('tells the themes apart, so both are really measured', () => {
    root.classList.add('theme-light');
    const light = toast('error').background;
    root.classList.replace('theme-light', 'theme-dark');
    const dark = toast('error').background;
    expect(luminance(light)).toBeGreaterThan(luminance(dark));
  });
});
