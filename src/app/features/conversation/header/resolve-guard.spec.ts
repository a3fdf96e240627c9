import { aChat } from '../../../testing/payload-fixtures';
import { resolveGuard, resolveGuardLines } from './resolve-guard';

describe('resolveGuard', () => {
  const now = Date.parse('2026-11-25T10:00:00.000Z');
  const waiting = aChat({
    customer_name: 'Asha Verma',
    needs_reply: true,
    last_customer_message_at: '2026-11-25T09:53:30.000Z',
  });

  it('lets a chat nobody waits on, with nothing unsent, resolve straight away', () => {
    expect(resolveGuard(aChat(), '', 0, now)).toBeNull();
    expect(resolveGuard(aChat(), '   \n', 0, now)).toBeNull();
  });

  it('says how long the customer has waited for a reply', () => {
    const guard = resolveGuard(waiting, '', 0, now)!;
    expect(guard.waitingMinutes).toBe(6);
    expect(resolveGuardLines(guard)).toEqual(['Asha Verma has waited 6 min for a reply.']);
  });

  it('counts long waits in hours and fresh ones as less than a minute', () => {
    const hours = resolveGuard(
      { ...waiting, last_customer_message_at: '2026-11-25T07:55:00.000Z' },
      '',
      0,
      now,
    )!;
    expect(resolveGuardLines(hours)).toEqual(['Asha Verma has waited 2 h 5 min for a reply.']);
    const fresh = resolveGuard(
      { ...waiting, last_customer_message_at: '2026-11-25T09:59:40.000Z' },
      '',
      0,
      now,
    )!;
    expect(resolveGuardLines(fresh)[0]).toContain('less than a minute');
  });

  it('names an unsent draft and replies still being sent', () => {
    const guard = resolveGuard(aChat(), 'Your refund is on its way', 2, now)!;
    expect(guard.waitingMinutes).toBeNull();
    expect(resolveGuardLines(guard)).toEqual([
      '2 replies of yours are still being sent; they go out and reopen the chat.',
      'Your unsent reply will be kept in the reply box.',
    ]);
    expect(resolveGuardLines(resolveGuard(aChat(), '', 1, now)!)).toEqual([
      'A reply of yours is still being sent; it goes out and reopens the chat.',
    ]);
  });
});
