import { slaState } from './sla-state';

describe('SLA state', () => {
  const due = '2026-11-25T10:10:00.000Z';
  const now = (iso: string) => Date.parse(iso);

  it('goes from ok to warning to breached', () => {
    const chat = { sla_due_at: due, status: 'active' as const };
    expect(slaState(chat, now('2026-11-25T10:00:00.000Z'), 60_000).kind).toBe('ok');
    expect(slaState(chat, now('2026-11-25T10:09:30.000Z'), 60_000)).toEqual({
      kind: 'warning',
      remainingMs: 30_000,
    });
    expect(slaState(chat, now('2026-11-25T10:12:00.000Z'), 60_000)).toEqual({
      kind: 'breached',
      overdueMs: 120_000,
    });
  });

  it('has no SLA when nobody waits or the chat is resolved', () => {
    expect(slaState({ sla_due_at: null, status: 'active' }, 0, 1).kind).toBe('none');
    expect(slaState({ sla_due_at: due, status: 'resolved' }, 0, 1).kind).toBe('none');
  });
});
