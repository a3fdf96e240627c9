import {
  NOTHING_UNSENT,
  hasUnsent,
  summarizeUnsent,
  unsentChatLine,
  unsentCounts,
} from './unsent-summary';

describe('unsent summary', () => {
  const names: Record<string, string> = { c1: 'Ravi Kumar', c2: 'Asha Verma' };
  const nameOf = (chatId: string) => names[chatId] ?? null;

  it('counts replies in the outbox and drafts per chat, in the order they were started', () => {
    const summary = summarizeUnsent(['c2', 'c1'], ['c1', 'c1', 'c3'], nameOf);
    expect(summary.replies).toBe(3);
    expect(summary.drafts).toBe(2);
    expect(summary.chats).toEqual([
      { chatId: 'c1', name: 'Ravi Kumar', replies: 2, drafts: 1 },
      { chatId: 'c3', name: null, replies: 1, drafts: 0 },
      { chatId: 'c2', name: 'Asha Verma', replies: 0, drafts: 1 },
    ]);
    expect(hasUnsent(summary)).toBeTrue();
  });

  it('says what is unsent in each chat, naming the customer when the console holds the chat', () => {
    const [ravi, unknown, asha] = summarizeUnsent(['c2', 'c1'], ['c1', 'c1', 'c3'], nameOf).chats;
    expect(unsentChatLine(ravi)).toBe("2 unsent replies, 1 draft in Ravi Kumar's chat");
    expect(unsentChatLine(unknown)).toBe('1 unsent reply in a chat not in your list');
    expect(unsentChatLine(asha)).toBe("1 draft in Asha Verma's chat");
    expect(unsentCounts({ replies: 0, drafts: 3 })).toBe('3 drafts');
  });

  it('finds nothing unsent without drafts or outbox entries, and ignores blank names', () => {
    expect(hasUnsent(summarizeUnsent([], [], nameOf))).toBeFalse();
    expect(hasUnsent(NOTHING_UNSENT)).toBeFalse();
    expect(summarizeUnsent(['c9'], [], () => '   ').chats[0].name).toBeNull();
  });
});
