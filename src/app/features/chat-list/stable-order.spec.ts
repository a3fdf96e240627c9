import { heldOrder, nextOrder, pendingOrder, sameOrder, stepIndex } from './stable-order';

describe('stable order', () => {
  describe('sameOrder', () => {
    it('compares ids position by position', () => {
      expect(sameOrder(['a', 'b'], ['a', 'b'])).toBeTrue();
      expect(sameOrder(['a', 'b'], ['b', 'a'])).toBeFalse();
      expect(sameOrder(['a'], ['a', 'b'])).toBeFalse();
      expect(sameOrder([], [])).toBeTrue();
    });
  });

  describe('nextOrder', () => {
    it('takes the live order on first render', () => {
      expect(nextOrder(null, ['b', 'a'], true)).toEqual(['b', 'a']);
    });

    it('takes the live order when the list was empty, even while held', () => {
      expect(nextOrder([], ['a'], true)).toEqual(['a']);
    });

    it('takes the live order at once when the list is not held', () => {
      expect(nextOrder(['a', 'b', 'c'], ['c', 'a', 'b'], false)).toEqual(['c', 'a', 'b']);
    });

    it('keeps every shown row in place while held, however the live order moved', () => {
      const shown = ['a', 'b', 'c'];
      expect(nextOrder(shown, ['c', 'a', 'b'], true)).toEqual(['a', 'b', 'c']);
    });

    it('lets chats join from the given row while held', () => {
      expect(nextOrder(['a', 'b', 'c'], ['a', 'b', 'x', 'c'], true, 2)).toEqual([
        'a',
        'b',
        'x',
        'c',
      ]);
      expect(nextOrder(['a', 'b', 'c'], ['a', 'b', 'x', 'c'], true, 3)).toEqual(['a', 'b', 'c']);
    });
  });

  describe('heldOrder', () => {
    it('never inserts a new chat above or between shown rows', () => {
      expect(heldOrder(['a', 'b'], ['new', 'a', 'b'])).toEqual(['a', 'b']);
      expect(heldOrder(['a', 'b'], ['a', 'new', 'b'])).toEqual(['a', 'b']);
    });

    it('appends chats that arrive below everything shown (a further page)', () => {
      expect(heldOrder(['a', 'b'], ['new', 'a', 'b', 'older1', 'older2'])).toEqual([
        'a',
        'b',
        'older1',
        'older2',
      ]);
    });

    it('keeps a chat that left the filter until the order is applied', () => {
      expect(heldOrder(['a', 'gone', 'b'], ['a', 'b'])).toEqual(['a', 'gone', 'b']);
    });

    it('appends after the last shown chat still in the live order', () => {
      expect(heldOrder(['a', 'b', 'gone'], ['b', 'a', 'older'])).toEqual([
        'a',
        'b',
        'gone',
        'older',
      ]);
    });

    it('adds nothing when none of the shown chats is in the live order', () => {
      expect(heldOrder(['gone1', 'gone2'], ['x', 'y'])).toEqual(['gone1', 'gone2']);
    });

    it('lets chats join below what is rendered, where they push nothing on screen down', () => {
      const shown = ['a', 'b', 'c', 'd', 'e'];
      const latest = ['a', 'b', 'c', 'x', 'd', 'y', 'e'];
      expect(heldOrder(shown, latest, 3)).toEqual(['a', 'b', 'c', 'x', 'd', 'y', 'e']);
      expect(heldOrder(shown, latest, 4)).toEqual(['a', 'b', 'c', 'd', 'y', 'e']);
      expect(heldOrder(shown, latest, 5)).toEqual(shown);
    });

    it('never lets a chat join above the first shown row', () => {
      // d had activity and sorts first now; x sorts right after it, above a.
      expect(heldOrder(['a', 'b', 'c', 'd'], ['d', 'x', 'a', 'b', 'c'], 0)).toEqual([
        'a',
        'b',
        'c',
        'd',
      ]);
    });

    it('places a chat that sorts among moved rows no higher than the lowest row after it', () => {
      expect(heldOrder(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'b', 'd'], 1)).toEqual([
        'a',
        'x',
        'b',
        'c',
        'd',
      ]);
    });

    it('returns the same array when nothing is appended, so nothing re-renders', () => {
      const shown = ['a', 'b'];
      expect(heldOrder(shown, ['b', 'a'])).toBe(shown);
    });
  });

  describe('pendingOrder', () => {
    it('reports nothing when the orders match', () => {
      expect(pendingOrder(['a', 'b'], ['a', 'b'])).toEqual({ newCount: 0, changed: false });
    });

    it('counts chats not shown yet', () => {
      expect(pendingOrder(['a', 'b'], ['x', 'y', 'a', 'b'])).toEqual({
        newCount: 2,
        changed: true,
      });
    });

    it('reports a reorder or a departure with no new chats', () => {
      expect(pendingOrder(['a', 'b'], ['b', 'a'])).toEqual({ newCount: 0, changed: true });
      expect(pendingOrder(['a', 'b'], ['a'])).toEqual({ newCount: 0, changed: true });
    });
  });

  describe('stepIndex', () => {
    it('moves and clamps at both ends', () => {
      expect(stepIndex(1, 1, 3)).toBe(2);
      expect(stepIndex(2, 1, 3)).toBe(2);
      expect(stepIndex(0, -1, 3)).toBe(0);
      expect(stepIndex(1, 10, 3)).toBe(2);
    });

    it('starts at the top going forward and at the bottom going back', () => {
      expect(stepIndex(-1, 1, 3)).toBe(0);
      expect(stepIndex(-1, -1, 3)).toBe(2);
      expect(stepIndex(-1, 1, 0)).toBe(-1);
    });
  });
});
