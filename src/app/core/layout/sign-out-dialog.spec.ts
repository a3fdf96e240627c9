import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';

import { UnsentSummary } from '../state/unsent-summary';
import { SignOutDialog } from './sign-out-dialog';

function chats(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    chatId: `c${i}`,
    name: i === 0 ? 'Ravi Kumar <b>' : `Customer ${i}`,
    replies: i === 0 ? 2 : 0,
    drafts: 1,
    notes: i === 1 ? 1 : 0,
  }));
}

describe('SignOutDialog', () => {
  async function open(summary: UnsentSummary) {
    const close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      imports: [SignOutDialog],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: summary },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(SignOutDialog);
    await fixture.whenStable();
    return { fixture, close, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('says what is unsent in which chat, the names as text, and counts the chats beyond five', async () => {
    const { fixture } = await open({ replies: 2, drafts: 7, notes: 1, chats: chats(7) });
    const unsent = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="sign-out-unsent"]',
    )!;
    expect(unsent.textContent).toContain('You have 2 unsent replies, 7 drafts, 1 unsaved note:');
    const items = Array.from(unsent.querySelectorAll('li'), (li) => li.textContent!.trim());
    expect(items[0]).toBe("2 unsent replies, 1 draft in Ravi Kumar <b>'s chat");
    expect(items[1]).toBe("1 draft, 1 unsaved note in Customer 1's chat");
    expect(items.length).toBe(6);
    expect(items[5]).toBe('and 2 more chats');
    expect(unsent.querySelector('b')).toBeNull();
  });

  for (const [label, choice] of [
    ['Keep for next sign-in', 'keep'],
    ['Discard', 'discard'],
    ['Stay signed in', 'stay'],
  ] as const) {
    it(`closes with "${choice}" on ${label}`, async () => {
      const { loader, close } = await open({ replies: 0, drafts: 1, notes: 0, chats: chats(1) });
      await (await loader.getHarness(MatButtonHarness.with({ text: label }))).click();
      expect(close).toHaveBeenCalledOnceWith(choice);
    });
  }
});
