import { TestBed } from '@angular/core/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';

import { ShortcutRegistry } from '../../../core/keyboard/shortcut-registry';
import { ComposerPage, HOUR, chatWrittenAgo } from '../../../testing/composer-testing';
import { keydown } from '../../../testing/key-events';

/** Note mode: internal notes for the team, never sent to the customer. */
describe('Composer notes', () => {
  let page: ComposerPage;

  beforeEach(() => {
    page = new ComposerPage();
  });

  it('adds a note through the notes store, never sending it to the customer', async () => {
    const el = await page.render();
    await page.choose('Note');
    expect(el.classList).toContain('note-mode');
    expect(el.textContent).toContain('Write an internal note');
    await page.type('Driver reached; customer not at the gate.');
    await page.click(/Add note/);

    expect(page.notes.add).toHaveBeenCalledWith(
      'c1',
      'Driver reached; customer not at the gate.',
      jasmine.any(String),
    );
    expect(page.conversation.send).not.toHaveBeenCalled();
    expect(page.textarea()!.value).toBe('');
  });

  it('adds the note with Ctrl+Enter and keeps the reply draft apart', async () => {
    page.drafts.save('c1', 'Your cab is on the way.');
    await page.render();
    await page.choose('Note');
    expect(page.textarea()!.value).toBe('');
    await page.type('Promised a call back at 6.');
    const event = await page.pressCtrlEnter();
    expect(event.defaultPrevented).toBeTrue();
    expect(page.notes.add).toHaveBeenCalledTimes(1);
    expect(page.conversation.send).not.toHaveBeenCalled();

    await page.choose('Reply');
    expect(page.textarea()!.value).toBe('Your cab is on the way.');
  });

  it('says what is missing instead of adding an empty note', async () => {
    const el = await page.render();
    await page.choose('Note');
    await page.click(/Add note/);
    expect(page.notes.add).not.toHaveBeenCalled();
    expect(el.textContent).toContain('Write something in the note before adding it.');
  });

  it('can write a note after the reply window closed', async () => {
    page.conversation.chat.set(chatWrittenAgo('c1', 25 * HOUR));
    await page.render();
    expect(page.textarea()).toBeNull();
    await page.choose('Note');
    expect(page.textarea()).not.toBeNull();
  });

  it('opens Note with the note shortcut, and Escape goes back to Reply', async () => {
    const el = await page.render();
    expect(TestBed.inject(ShortcutRegistry).run('note.add')).toBeTrue();
    await page.fixture.whenStable();
    expect(el.classList).toContain('note-mode');
    expect(document.activeElement).toBe(page.textarea());
    page.textarea()!.dispatchEvent(keydown('Escape'));
    await page.fixture.whenStable();
    expect(el.classList).not.toContain('note-mode');
    expect(
      await (
        await page.loader.getHarness(MatButtonToggleHarness.with({ text: /^Reply$/ }))
      ).isChecked(),
    ).toBeTrue();
  });

  it('goes back to Reply when another chat opens', async () => {
    const el = await page.render();
    await page.choose('Note');
    await page.openChat('c2');
    expect(el.classList).not.toContain('note-mode');
  });
});
