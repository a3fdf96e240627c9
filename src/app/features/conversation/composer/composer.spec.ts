import { TestBed } from '@angular/core/testing';

import { testLoginResponse } from '../../../core/api/api-testing';
import { Session } from '../../../core/auth/session';
import { ShortcutRegistry } from '../../../core/keyboard/shortcut-registry';
import { DraftStore } from '../../../core/state/draft-store';
import { DEFAULT_CHAT_CONFIG } from '../../../core/state/config-store';
import { ComposerPage, HOUR, chatWrittenAgo } from '../../../testing/composer-testing';
import { keydown } from '../../../testing/key-events';

describe('Composer', () => {
  let page: ComposerPage;

  beforeEach(() => {
    page = new ComposerPage();
  });

  describe('drafts', () => {
    it("restores each chat's own draft and never shows it in another chat", async () => {
      page.drafts.save('c1', 'Draft for Ravi');
      await page.render('c1');
      expect(page.textarea()!.value).toBe('Draft for Ravi');

      await page.type('Your driver is 5 minutes away');
      await page.openChat('c2');

      expect(page.textarea()!.value).toBe('');
      expect(page.drafts.draftFor('c1')).toBe('Your driver is 5 minutes away');
      expect(page.drafts.draftFor('c2')).toBe('');

      await page.type('Refund is on its way');
      await page.openChat('c1');

      expect(page.textarea()!.value).toBe('Your driver is 5 minutes away');
      expect(page.drafts.draftFor('c2')).toBe('Refund is on its way');
    });

    it('keeps what was typed when the composer goes away before the save delay', async () => {
      await page.render('c1');
      await page.type('Half a reply');
      page.fixture.destroy();
      expect(page.drafts.draftFor('c1')).toBe('Half a reply');
    });

    it('saves what was typed a moment ago before a session that ends (a 401) is cleared', async () => {
      // The real store, which files drafts under the signed-in executive.
      TestBed.overrideProvider(DraftStore, { useFactory: () => new DraftStore() });
      TestBed.overrideProvider(Session, { useFactory: () => new Session() });
      const session = TestBed.inject(Session);
      const login = testLoginResponse();
      const key = `ccc.drafts.${login.executive.executive_id}`;
      localStorage.removeItem(key);
      session.signIn(login);
      await page.render('c1');
      await page.type('Your refund of Rs 240 is');
      expect(localStorage.getItem(key)).toBeNull();

      session.expire();

      try {
        expect(localStorage.getItem(key)).toContain('Your refund of Rs 240 is');
        session.signIn(login);
        expect(TestBed.inject(DraftStore).draftFor('c1')).toBe('Your refund of Rs 240 is');
      } finally {
        localStorage.removeItem(key);
        session.clear();
      }
    });

    it('tells the other side the executive is typing', async () => {
      await page.render();
      await page.type('Hi');
      expect(page.conversation.notifyTyping).toHaveBeenCalled();
    });
  });

  describe("a colleague's chat", () => {
    const vikrams = () =>
      ({
        ...chatWrittenAgo('c1', HOUR),
        assigned_executive_id: 'e2',
        assigned_executive_name: 'Vikram Singh',
      }) as const;

    const ownerLine = (el: HTMLElement) =>
      el.querySelector('[data-testid="composer-owner"]')?.textContent?.trim() ?? null;

    it('says whose chat it is, and keeps an executive’s reply in the box instead of sending it', async () => {
      page.conversation.chat.set(vikrams());
      const el = await page.render();
      expect(ownerLine(el)).toBe("Vikram Singh's chat: take it over to send your reply");
      await page.type('Your cab is on the way');
      await page.pressCtrlEnter();
      expect(page.conversation.send).not.toHaveBeenCalled();
      expect(page.textarea()!.value).toBe('Your cab is on the way');
      // The problem says it now; the line under the box gives way.
      expect(ownerLine(el)).toBeNull();
      expect(el.querySelector('.problem')?.textContent).toContain(
        "Not sent: this is Vikram Singh's chat. Take it over above to send your reply",
      );
    });

    it('tells a supervisor the reply goes out under their name, and sends it', async () => {
      page.me.update((me) => me && { ...me, executive_id: 'sup', role: 'supervisor' });
      page.conversation.chat.set(vikrams());
      const el = await page.render();
      expect(ownerLine(el)).toBe("Vikram Singh's chat: your reply goes out under your name");
      await page.type('Checking with the driver');
      await page.pressCtrlEnter();
      expect(page.conversation.send).toHaveBeenCalledWith({ text: 'Checking with the driver' });
    });

    it('says nothing of the kind on the executive’s own chat', async () => {
      expect(ownerLine(await page.render())).toBeNull();
    });
  });

  describe('sending', () => {
    it('sends with Ctrl+Enter and clears the draft', async () => {
      await page.render();
      await page.type('  On my way \n see you soon  ');

      const event = await page.pressCtrlEnter();

      expect(event.defaultPrevented).toBeTrue();
      expect(page.conversation.send).toHaveBeenCalledOnceWith({
        text: 'On my way \n see you soon',
      });
      expect(page.textarea()!.value).toBe('');
      page.fixture.destroy();
      expect(page.drafts.draftFor('c1')).toBe('');
    });

    it('sends with Cmd+Enter and with the Send button', async () => {
      await page.render();
      await page.type('First');
      page.textarea()!.dispatchEvent(keydown('Enter', { metaKey: true, bubbles: false }));
      await page.fixture.whenStable();
      await page.type('Second');
      await page.click(/Send$/);
      expect(page.conversation.send.calls.allArgs()).toEqual([
        [{ text: 'First' }],
        [{ text: 'Second' }],
      ]);
    });

    it('leaves Enter alone for a new line', async () => {
      await page.render();
      await page.type('Line one');
      const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
      page.textarea()!.dispatchEvent(event);
      expect(event.defaultPrevented).toBeFalse();
      expect(page.conversation.send).not.toHaveBeenCalled();
    });

    it('says so instead of sending an empty message', async () => {
      const el = await page.render();
      await page.type('   ');
      await page.click(/Send$/);
      expect(page.conversation.send).not.toHaveBeenCalled();
      expect(el.querySelector('.problem')?.textContent).toContain('Type a message before sending.');
    });

    it('counts characters near the limit and refuses a message over it', async () => {
      page.config.set({ ...DEFAULT_CHAT_CONFIG, max_message_length: 20 });
      const el = await page.render();
      await page.type('Short');
      expect(el.querySelector('.counter')).toBeNull();

      await page.type('This reply is far too long');

      expect(el.querySelector('.counter')?.textContent).toContain('26 / 20');
      expect(el.querySelector('.problem')?.textContent).toContain('6 characters over the limit');
      await page.pressCtrlEnter();
      expect(page.conversation.send).not.toHaveBeenCalled();
    });
  });

  describe('keyboard shortcuts', () => {
    it('focuses the reply box with composer.focus', async () => {
      await page.render();
      const registry = TestBed.inject(ShortcutRegistry);
      expect(registry.run('composer.focus')).toBeTrue();
      expect(document.activeElement).toBe(page.textarea());
    });

    it('sends the reply with composer.send from outside the reply box', async () => {
      await page.render();
      await page.type('Sent by shortcut');
      const registry = TestBed.inject(ShortcutRegistry);
      const event = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, cancelable: true });
      document.body.dispatchEvent(event);

      expect(registry.handleKeydown(event)).toBeTrue();
      expect(page.conversation.send).toHaveBeenCalledOnceWith({ text: 'Sent by shortcut' });
    });

    it('leaves Ctrl+Enter in another field to that field', async () => {
      await page.render();
      await page.type('Not for the note');
      const note = document.createElement('textarea');
      document.body.appendChild(note);
      const event = keydown('Enter', { ctrlKey: true });
      note.dispatchEvent(event);

      expect(TestBed.inject(ShortcutRegistry).handleKeydown(event)).toBeFalse();
      expect(page.conversation.send).not.toHaveBeenCalled();
      note.remove();
    });

    it('does nothing by shortcut in template-only mode, and unregisters when gone', async () => {
      page.conversation.chat.set(chatWrittenAgo('c1', 25 * HOUR));
      await page.render();
      const registry = TestBed.inject(ShortcutRegistry);
      expect(registry.run('composer.focus')).toBeFalse();
      expect(registry.run('composer.send')).toBeFalse();

      page.fixture.destroy();

      expect(registry.isActive('composer.send')).toBeFalse();
      expect(registry.isActive('composer.focus')).toBeFalse();
    });
  });
});
