import { resolveChartColors } from './chart-theme';

describe('resolveChartColors', () => {
  it('turns theme tokens into colours a canvas can use', () => {
    const host = document.createElement('div');
    host.style.setProperty('--mat-sys-primary', '#0061a4');
    document.body.appendChild(host);
    try {
      const colors = resolveChartColors(host);
      expect(colors.active).toBe('rgb(0, 97, 164)');
      expect(Object.values(colors).every((c) => c.startsWith('rgb'))).toBeTrue();
      expect(host.children.length).toBe(0);
    } finally {
      host.remove();
    }
  });
});
