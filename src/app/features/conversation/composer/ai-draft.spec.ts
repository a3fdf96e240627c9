import { Subject, of, throwError } from 'rxjs';

import { ChatGptResponse } from '../../../../contract';
import { ApiError } from '../../../core/api/api-error';
import { ComposerPage, NOW } from '../../../testing/composer-testing';

/** The AI-suggested reply, through the composer (AiDraft). */
describe('Composer AI suggestion', () => {
  let page: ComposerPage;

  beforeEach(() => {
    page = new ComposerPage();
  });

  function suggestion(text: string): ChatGptResponse {
    return { chat_id: 'c1', suggestion: text, generated_at: new Date(NOW).toISOString() };
  }

  it('fills an empty draft for editing, focused, and never sends it', async () => {
    const response = new Subject<ChatGptResponse>();
    page.getChatGPTResponse.and.returnValue(response);
    const el = await page.render();

    await page.click(/Suggest a reply/);
    expect(page.getChatGPTResponse).toHaveBeenCalledOnceWith({ chat_id: 'c1' });
    expect(el.textContent).toContain('Getting a suggestion…');

    response.next(suggestion('Your refund was issued today.'));
    response.complete();
    await page.fixture.whenStable();

    expect(page.textarea()!.value).toBe('Your refund was issued today.');
    expect(document.activeElement).toBe(page.textarea());
    expect(page.conversation.send).not.toHaveBeenCalled();
  });

  it('asks before replacing a draft the executive wrote', async () => {
    page.getChatGPTResponse.and.returnValue(of(suggestion('Suggested text')));
    await page.render();
    await page.type('My own words');

    await page.click(/Suggest a reply/);
    expect(page.textarea()!.value).toBe('My own words');

    await page.click('Replace draft');
    expect(page.textarea()!.value).toBe('Suggested text');
    expect(page.conversation.send).not.toHaveBeenCalled();
  });

  it('can add the suggestion below the draft instead', async () => {
    page.getChatGPTResponse.and.returnValue(of(suggestion('Suggested text')));
    await page.render();
    await page.type('My own words');
    await page.click(/Suggest a reply/);

    await page.click('Add below');

    expect(page.textarea()!.value).toBe('My own words\n\nSuggested text');
  });

  it('frames a suggestion as an AI draft, with Regenerate and Undo back to what was typed', async () => {
    page.getChatGPTResponse.and.returnValues(
      of(suggestion('Suggested text')),
      of(suggestion('Another suggestion')),
    );
    const el = await page.render();
    await page.type('My own words');
    await page.click(/Suggest a reply/);
    await page.click('Add below');
    expect(el.textContent).toContain('AI draft — check before sending');

    await page.click('Regenerate');
    expect(page.textarea()!.value).toBe('My own words\n\nAnother suggestion');
    expect(el.textContent).toContain('AI draft — check before sending');

    await page.click('Undo');
    expect(page.textarea()!.value).toBe('My own words');
    expect(el.textContent).not.toContain('AI draft');
    expect(page.conversation.send).not.toHaveBeenCalled();
  });

  it('never greets a stand-in contact name', async () => {
    page.getChatGPTResponse.and.returnValue(of(suggestion('Hi WhatsApp, thanks for writing in.')));
    await page.render();
    await page.click(/Suggest a reply/);
    expect(page.textarea()!.value).toBe('Hello, thanks for writing in.');
  });

  it('says when no suggestion could be had', async () => {
    page.getChatGPTResponse.and.returnValue(
      throwError(
        () =>
          new ApiError({
            status: 503,
            code: 'unavailable',
            backend: 'pySmartChat',
            message: 'Suggestions are unavailable right now. Write your reply yourself.',
          }),
      ),
    );
    const el = await page.render();
    await page.click(/Suggest a reply/);
    expect(el.querySelector('.problem')?.textContent).toContain('Suggestions are unavailable');
    expect(page.textarea()!.value).toBe('');
  });

  it('drops a suggestion that arrives after switching to another chat', async () => {
    const response = new Subject<ChatGptResponse>();
    page.getChatGPTResponse.and.returnValue(response);
    await page.render('c1');
    await page.click(/Suggest a reply/);
    await page.openChat('c2');

    response.next(suggestion('For Ravi only'));
    await page.fixture.whenStable();

    expect(page.textarea()!.value).toBe('');
    expect(page.drafts.draftFor('c2')).toBe('');
  });
});
