import { of } from 'rxjs';

import { DEFAULT_CHAT_CONFIG } from '../../../core/state/config-store';
import { ComposerPage, HOUR, chatWrittenAgo } from '../../../testing/composer-testing';
import { PickedTemplate } from '../templates/template-picker';

/** The WhatsApp 24-hour reply window and template-only mode. */
describe('Composer reply window', () => {
  let page: ComposerPage;

  beforeEach(() => {
    page = new ComposerPage();
  });

  it('counts down the time left to reply', async () => {
    page.conversation.chat.set(chatWrittenAgo('c1', 20 * HOUR + 48 * 60_000));
    const el = await page.render();
    expect(el.querySelector('.window')?.textContent).toContain('Reply window closes in 3h 12m');
  });

  it('turns into template-only mode once the window closed', async () => {
    page.conversation.chat.set(chatWrittenAgo('c1', 25 * HOUR));
    page.drafts.save('c1', 'An old draft');
    const el = await page.render();

    expect(page.textarea()).toBeNull();
    expect(el.textContent).toContain(
      'The 24-hour window closed. Send a template to restart the conversation.',
    );
    expect(page.drafts.draftFor('c1')).toBe('An old draft');
  });

  it('sends the template picked for the chat', async () => {
    const chat = chatWrittenAgo('c1', 25 * HOUR);
    page.conversation.chat.set(chat);
    const picked: PickedTemplate = {
      text: 'Hello Ravi, we are here to help.',
      templateId: 't1',
      templateName: 'reopen_conversation',
      templateParams: { name: 'Ravi' },
    };
    page.openPicker.and.returnValue(of(picked));
    await page.render();

    await page.click(/Templates$/);

    expect(page.openPicker).toHaveBeenCalledOnceWith(chat);
    expect(page.conversation.send).toHaveBeenCalledOnceWith(picked);
  });

  it('follows the configured window length', async () => {
    page.config.set({ ...DEFAULT_CHAT_CONFIG, whatsapp_window_hours: 48 });
    page.conversation.chat.set(chatWrittenAgo('c1', 25 * HOUR));
    await page.render();
    expect(page.textarea()).not.toBeNull();
  });
});
