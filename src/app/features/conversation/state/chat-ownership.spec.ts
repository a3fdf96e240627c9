import { aChat } from '../../../testing/payload-fixtures';
import { mayAssignToMe, ownershipOf } from './chat-ownership';

const ASHA = { executive_id: 'e1', role: 'executive' } as const;
const LEAD = { executive_id: 's1', role: 'supervisor' } as const;

describe('chat ownership', () => {
  const vikrams = aChat({ assigned_executive_id: 'e2', assigned_executive_name: 'Vikram Singh' });
  const nobodys = aChat({ assigned_executive_id: null, assigned_executive_name: null });
  const ashas = aChat({ assigned_executive_id: 'e1', assigned_executive_name: 'Asha Verma' });

  it("says whose the chat is, and that an executive takes a colleague's over before replying", () => {
    expect(ownershipOf(ashas, ASHA)).toEqual({ kind: 'mine' });
    expect(ownershipOf(nobodys, ASHA)).toEqual({ kind: 'unassigned' });
    expect(ownershipOf(vikrams, ASHA)).toEqual({
      kind: 'colleague',
      name: 'Vikram Singh',
      mayReply: false,
    });
    expect(ownershipOf(vikrams, LEAD)).toEqual({
      kind: 'colleague',
      name: 'Vikram Singh',
      mayReply: true,
    });
    expect(ownershipOf({ ...vikrams, assigned_executive_name: ' ' }, ASHA)).toEqual(
      jasmine.objectContaining({ name: 'another executive' }),
    );
  });

  it('offers Assign to me to executives on unassigned chats only', () => {
    expect(mayAssignToMe(nobodys, ASHA)).toBeTrue();
    expect(mayAssignToMe(vikrams, ASHA)).toBeFalse();
    expect(mayAssignToMe(nobodys, LEAD)).toBeFalse();
    expect(mayAssignToMe(nobodys, null)).toBeFalse();
  });
});
