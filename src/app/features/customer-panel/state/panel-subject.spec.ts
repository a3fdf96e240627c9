import { aChat } from '../../../testing/payload-fixtures';
import { sameSubject, subjectOf } from './panel-subject';

describe('panel subject', () => {
  it('is the person writing in the chat', () => {
    expect(subjectOf(aChat({ stakeholder: 'driver', customer_number: '+918247385066' }))).toEqual({
      chatId: 'c1',
      number: '+918247385066',
      name: 'Ravi Kumar',
      stakeholder: 'driver',
    });
    expect(subjectOf(null)).toBeNull();
  });

  it('stays the same through live updates of the chat, and changes with another chat', () => {
    const first = subjectOf(aChat({ version: 1, unread_count: 0 }));
    expect(sameSubject(first, subjectOf(aChat({ version: 7, unread_count: 3 })))).toBeTrue();
    expect(sameSubject(first, subjectOf(aChat({ chat_id: 'c2' })))).toBeFalse();
    expect(sameSubject(first, null)).toBeFalse();
  });
});
