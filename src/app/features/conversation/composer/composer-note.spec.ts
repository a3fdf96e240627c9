import { TestBed } from '@angular/core/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';

import { ShortcutRegistry } from '../../../core/keyboard/shortcut-registry';
import { AddNoteResult } from '../state/notes-store';
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

  it('keeps the note being written in each chat across chat switches and reloads', async () => {
    await page.render();
    await page.choose('Note');
    await page.type('Refund promised by Friday.');
    expect(page.noteDrafts.draftFor('c1')).toBe('Refund promised by Friday.');
    expect(page.drafts.draftFor('c1')).toBe('');

    await page.openChat('c2');
    await page.choose('Note');
    expect(page.textarea()!.value).toBe('');
    await page.openChat('c1');
    await page.choose('Note');
    expect(page.textarea()!.value).toBe('Refund promised by Friday.');

    // A reload: a new composer finds the note in the store, and says so on the Note toggle.
    page.fixture.destroy();
    const el = await page.render();
    expect(el.querySelector('[data-testid="note-waiting"]')?.textContent).toContain(
      'a note is being written',
    );
    await page.choose('Note');
    expect(el.querySelector('[data-testid="note-waiting"]')).toBeNull();
    expect(page.textarea()!.value).toBe('Refund promised by Friday.');
    await page.click(/Add note/);
    expect(page.noteDrafts.draftFor('c1')).toBe('');
  });

  it('waits while the note is added, and keeps it with the reason when it fails', async () => {
    let answer!: (result: AddNoteResult) => void;
    page.notes.add.and.returnValue(new Promise<AddNoteResult>((resolve) => (answer = resolve)));
    const el = await page.render();
    await page.choose('Note');
    await page.type('Called the driver twice.');
    await page.click(/Add note/);
    expect(page.textarea()!.disabled).toBeTrue();
    expect(el.textContent).toContain('Adding…');
    await page.pressCtrlEnter();
    expect(page.notes.add).toHaveBeenCalledTimes(1);

    answer({
      ok: false,
      message: 'The note was not added. Check your connection, then try again.',
    });
    // The answer lands after this turn.
    await new Promise((resolve) => setTimeout(resolve));
    await page.fixture.whenStable();
    expect(page.textarea()!.disabled).toBeFalse();
    expect(page.textarea()!.value).toBe('Called the driver twice.');
    expect(document.activeElement).toBe(page.textarea());
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'The note was not added. Check your connection, then try again.',
    );
    expect(page.noteDrafts.draftFor('c1')).toBe('Called the driver twice.');

    // The same note again: the same id, so a lost answer never adds it twice.
    page.notes.add.and.resolveTo({ ok: false, message: 'Still offline.' });
    await page.click(/Add note/);
    const [first, second] = page.notes.add.calls.all().map((call) => call.args[2]);
    expect(second).toBe(first);
  });

  it('goes back to Reply when another chat opens', async () => {
    const el = await page.render();
    await page.choose('Note');
    await page.openChat('c2');
    expect(el.classList).not.toContain('note-mode');
  });
});
