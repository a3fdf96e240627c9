import { whatsappWindow } from './whatsapp-window';

describe('WhatsApp window', () => {
  const last = '2026-11-25T10:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it('is open for 24 hours after the customer last wrote', () => {
    const state = whatsappWindow(last, at('2026-11-26T09:00:00.000Z'));
    expect(state.open).toBeTrue();
    expect(state.remainingMs).toBe(3_600_000);
    expect(state.closesAt?.toISOString()).toBe('2026-11-26T10:00:00.000Z');
  });

  it('is closed after 24 hours, and when the customer never wrote', () => {
    expect(whatsappWindow(last, at('2026-11-26T10:00:00.000Z')).open).toBeFalse();
    expect(whatsappWindow(null, at(last)).open).toBeFalse();
    expect(whatsappWindow('not a date', at(last)).open).toBeFalse();
  });
});
