import { aChat } from '../../testing/payload-fixtures';
import { pageRequest } from './chat-merge';
import { focusKey, focusRequest, matchesFocus } from './list-focus';

const NOW = Date.parse('2026-11-25T10:00:00.000Z');

describe('list focus', () => {
  it('keeps only open chats without an executive when focused on unassigned', () => {
    const focus = { kind: 'unassigned' } as const;
    expect(
      matchesFocus(aChat({ assigned_executive_id: null, status: 'pending' }), focus),
    ).toBeTrue();
    expect(matchesFocus(aChat({ assigned_executive_id: 'e1' }), focus)).toBeFalse();
    expect(
      matchesFocus(aChat({ assigned_executive_id: null, status: 'resolved' }), focus),
    ).toBeFalse();
  });

  it('keeps only chats waiting past their reply limit when focused on breaches', () => {
    const focus = { kind: 'sla_breached' } as const;
    const waiting = (due: string | null, needs_reply = true) =>
      matchesFocus(aChat({ needs_reply, sla_due_at: due }), focus, NOW);
    expect(waiting('2026-11-25T09:59:00.000Z')).toBeTrue();
    expect(waiting('2026-11-25T10:01:00.000Z')).toBeFalse();
    expect(waiting('2026-11-25T09:59:00.000Z', false)).toBeFalse();
    expect(waiting(null)).toBeFalse();
  });

  it('keeps one executive’s chats when focused on them', () => {
    const focus = { kind: 'executive', executiveId: 'e7' } as const;
    expect(matchesFocus(aChat({ assigned_executive_id: 'e7' }), focus)).toBeTrue();
    expect(matchesFocus(aChat({ assigned_executive_id: 'e1' }), focus)).toBeFalse();
  });

  it('keeps driver chats, or only those nobody has, when focused on drivers', () => {
    const drivers = { kind: 'stakeholder', stakeholder: 'driver', unassigned: false } as const;
    const nobodys = { ...drivers, unassigned: true } as const;
    const driverChat = aChat({ stakeholder: 'driver', assigned_executive_id: 'e1' });
    expect(matchesFocus(driverChat, drivers)).toBeTrue();
    expect(matchesFocus(aChat({ stakeholder: 'customer' }), drivers)).toBeFalse();
    expect(matchesFocus(driverChat, nobodys)).toBeFalse();
    expect(
      matchesFocus(aChat({ stakeholder: 'driver', assigned_executive_id: null }), nobodys),
    ).toBeTrue();
    expect(focusRequest(drivers)).toEqual({ stakeholder: 'driver' });
    expect(focusRequest(nobodys)).toEqual({ stakeholder: 'driver', filter: 'unassigned' });
    expect(focusKey(drivers)).not.toBe(focusKey(nobodys));
  });

  it('asks the server for the focus in every page request of everyone’s chats', () => {
    expect(focusRequest({ kind: 'sla_breached' })).toEqual({ filter: 'sla_breached' });
    const base = { scope: 'all', status: 'pending', executiveId: 'e1' } as const;
    expect(pageRequest({ ...base, focus: { kind: 'unassigned' } }, 50)).toEqual(
      jasmine.objectContaining({ filter: 'unassigned', status: 'pending', limit: 50 }),
    );
    expect(
      pageRequest({ ...base, focus: { kind: 'executive', executiveId: 'e9' } }, 50)
        .assigned_executive_id,
    ).toBe('e9');
    const mine = pageRequest({ ...base, scope: 'mine', focus: { kind: 'unassigned' } }, 50);
    expect(mine.filter).toBeUndefined();
    expect(mine.assigned_executive_id).toBe('e1');
  });
});
