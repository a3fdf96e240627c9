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
      { chatId: 'c1', name: 'Ravi Kumar', replies: 2, drafts: 1, notes: 0 },
      { chatId: 'c3', name: null, replies: 1, drafts: 0, notes: 0 },
      { chatId: 'c2', name: 'Asha Verma', replies: 0, drafts: 1, notes: 0 },
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

  it('counts an internal note being written, alone or beside a draft', () => {
    const notesOnly = summarizeUnsent([], [], nameOf, ['c1']);
    expect(hasUnsent(notesOnly)).toBeTrue();
    expect(notesOnly.notes).toBe(1);
    expect(unsentChatLine(notesOnly.chats[0])).toBe("1 unsaved note in Ravi Kumar's chat");
    const both = summarizeUnsent(['c1'], [], nameOf, ['c1', 'c2']);
    expect(unsentCounts(both)).toBe('1 draft, 2 unsaved notes');
    expect(unsentChatLine(both.chats[0])).toBe("1 draft, 1 unsaved note in Ravi Kumar's chat");
  });

  it('finds nothing unsent without drafts or outbox entries, and ignores blank names', () => {
    expect(hasUnsent(summarizeUnsent([], [], nameOf))).toBeFalse();
    expect(hasUnsent(NOTHING_UNSENT)).toBeFalse();
    expect(summarizeUnsent(['c9'], [], () => '   ').chats[0].name).toBeNull();
  });
});
