import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Observable, firstValueFrom, of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { RateChatResponse } from '../../../../contract';
import { ChatGateway } from '../../../core/realtime/chat-gateway';
import { GatewayError } from '../../../core/realtime/gateway-error';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../../testing/fake-session';
import { keydown } from '../../../testing/key-events';
import { ChatActionsStore } from '../state/chat-actions-store';
import { RatingDialog, RatingDialogData } from './rating-dialog';

/** What `rateChat` answers for `rating` and `comment`. */
function ratingSaved(rating: number, comment: string | null): RateChatResponse {
  return { chat_id: 'c1', rating, comment, rated_by: 'e1', rated_at: '2026-11-25T10:00:00.000Z' };
}

/** The gateway's answer to resolving chat c1. */
const RESOLVED = {
  success: true,
  chat_id: 'c1',
  customer_number: '+919800000001',
  status: 'resolved' as const,
  message: 'Chat resolved.',
  updated_by: 'e1',
  updated_at: '2026-11-25T10:00:00.000Z',
};

@Component({
  selector: 'app-rating-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

describe('RatingDialog', () => {
  let api: jasmine.SpyObj<PySmartChatApi>;
  let fixture: ComponentFixture<Host>;
  let root: HarnessLoader;
  let ref: MatDialogRef<RatingDialog, RateChatResponse>;
  let closedWith: RateChatResponse | undefined | 'open';

  beforeEach(async () => {
    api = jasmine.createSpyObj<PySmartChatApi>('PySmartChatApi', ['rateChat']);
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(new FakeChatGateway()),
        provideFakeSession(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: PySmartChatApi, useValue: api },
      ],
    });
    fixture = TestBed.createComponent(Host);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    ref = TestBed.inject(MatDialog).open<RatingDialog, RatingDialogData, RateChatResponse>(
      RatingDialog,
      { data: { chatId: 'c1', customerName: 'Ravi Kumar' } },
    );
    closedWith = 'open';
    ref.afterClosed().subscribe((value) => (closedWith = value));
    await fixture.whenStable();
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  function radios(): HTMLInputElement[] {
    return Array.from(document.querySelectorAll<HTMLInputElement>('input[name="rating"]'));
  }

  /** Lets an awaited answer land, then renders what it changed. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('offers 1 to 5 stars as one labelled radio group', async () => {
    const inputs = radios();
    expect(inputs.map((r) => r.closest('label')?.textContent?.trim())).toEqual([
      '★1 star: Very poor',
      '★2 stars: Poor',
      '★3 stars: Okay',
      '★4 stars: Good',
      '★5 stars: Excellent',
    ]);
    expect(inputs.every((r) => r.type === 'radio')).toBeTrue();
    expect(inputs[0].closest('fieldset')?.querySelector('legend')?.textContent).toContain('Rating');
    expect(inputs[3].closest('label')?.textContent).toContain('4 stars');
  });

  it('saves the chosen stars and comment through rateChat, then closes', async () => {
    const saved: RateChatResponse = ratingSaved(4, 'Sorted quickly');
    api.rateChat.and.returnValue(of(saved));
    const save = await root.getHarness(MatButtonHarness.with({ text: 'Save rating' }));
    expect(await save.isDisabled()).toBeTrue();
    radios()[3].click();
    await (await root.getHarness(MatInputHarness)).setValue('Sorted quickly');
    expect(await save.isDisabled()).toBeFalse();
    await save.click();
    await settle();
    expect(api.rateChat).toHaveBeenCalledWith('c1', { rating: 4, comment: 'Sorted quickly' });
    expect(closedWith).toEqual(saved);
  });

  it('can be skipped without rating', async () => {
    await (await root.getHarness(MatButtonHarness.with({ text: 'Skip' }))).click();
    await settle();
    expect(api.rateChat).not.toHaveBeenCalled();
    expect(closedWith).toBeUndefined();
    expect(await root.getAllHarnesses(MatDialogHarness)).toEqual([]);
  });

  it('saves with Enter on a star, the fields waiting while it saves', async () => {
    let answer!: (saved: RateChatResponse) => void;
    api.rateChat.and.returnValue(
      new Observable<RateChatResponse>((subscriber) => {
        answer = (saved) => {
          subscriber.next(saved);
          subscriber.complete();
        };
      }),
    );
    radios()[4].click();
    await fixture.whenStable();
    // What a browser does for Enter in a form field: submits the form through its default button.
    radios()[4].form!.requestSubmit();
    await fixture.whenStable();
    expect(api.rateChat).toHaveBeenCalledOnceWith('c1', { rating: 5 });
    expect(radios().every((r) => r.disabled)).toBeTrue();
    expect(ref.disableClose).toBeTrue();
    expect(
      await (await root.getHarness(MatButtonHarness.with({ text: 'Saving…' }))).isDisabled(),
    ).toBeTrue();
    answer(ratingSaved(5, null));
    await settle();
    expect(closedWith).toEqual(jasmine.objectContaining({ rating: 5 }));
  });

  it('saves with Ctrl+Enter in the comment, and not without stars', async () => {
    api.rateChat.and.returnValue(of(ratingSaved(3, 'Fine')));
    const comment = document.querySelector<HTMLTextAreaElement>('app-rating-dialog textarea')!;
    comment.dispatchEvent(keydown('Enter', { ctrlKey: true }));
    await settle();
    expect(api.rateChat).not.toHaveBeenCalled();
    expect(closedWith).toBe('open');
    radios()[2].click();
    await (await root.getHarness(MatInputHarness)).setValue('Fine');
    comment.dispatchEvent(keydown('Enter', { ctrlKey: true }));
    await settle();
    expect(api.rateChat).toHaveBeenCalledOnceWith('c1', { rating: 3, comment: 'Fine' });
    expect(closedWith).toEqual(jasmine.objectContaining({ rating: 3 }));
  });

  it('closes with nothing on Escape', async () => {
    document.querySelector('app-rating-dialog')!.dispatchEvent(keydown('Escape'));
    await settle();
    expect(closedWith).toBeUndefined();
    expect(api.rateChat).not.toHaveBeenCalled();
  });

  it('stays open with the error when the rating is not saved', async () => {
    api.rateChat.and.returnValue(
      throwError(
        () =>
          new ApiError({
            status: 409,
            code: 'not_resolved',
            backend: 'pySmartChat',
            message: 'Only resolved chats can be rated.',
          }),
      ),
    );
    radios()[1].click();
    await (await root.getHarness(MatButtonHarness.with({ text: 'Save rating' }))).click();
    await settle();
    expect(closedWith).toBe('open');
    expect(document.querySelector('app-rating-dialog [role="alert"]')?.textContent).toContain(
      'Only resolved chats can be rated.',
    );
  });

  describe('with a guard', () => {
    let gateway: FakeChatGateway;

    beforeEach(async () => {
      // The plain dialog of the outer setup goes first, so its closing is not counted here.
      const plain = firstValueFrom(ref.afterClosed());
      TestBed.inject(MatDialog).closeAll();
      await plain;
      gateway = TestBed.inject(ChatGateway) as unknown as FakeChatGateway;
      ref = TestBed.inject(MatDialog).open<RatingDialog, RatingDialogData, RateChatResponse>(
        RatingDialog,
        {
          data: {
            chatId: 'c1',
            customerName: 'Ravi Kumar',
            resolve: {
              chat: { chat_id: 'c1', customer_number: '+919800000001' },
              guard: { name: 'Ravi Kumar', waitingMinutes: 6, draft: true, sending: 0 },
            },
          },
        },
      );
      closedWith = 'open';
      ref.afterClosed().subscribe((value) => (closedWith = value));
      await fixture.whenStable();
    });

    function guardText(): string {
      return document.querySelector('[data-testid="resolve-guard"]')?.textContent ?? '';
    }

    it('asks first, says why, and keeps the chat open on "Keep open"', async () => {
      const dialog = await root.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Resolve this chat?');
      expect(guardText()).toContain('Ravi Kumar has waited 6 min for a reply.');
      expect(guardText()).toContain('Your unsent reply will be kept');
      await (await root.getHarness(MatButtonHarness.with({ text: 'Keep open' }))).click();
      await settle();
      expect(gateway.updateChatStatus).not.toHaveBeenCalled();
      expect(closedWith).toBeUndefined();
    });

    it('resolves on "Resolve", then saves the rating chosen', async () => {
      gateway.updateChatStatus.and.returnValue(of(RESOLVED));
      const saved: RateChatResponse = ratingSaved(2, null);
      api.rateChat.and.returnValue(of(saved));
      radios()[1].click();
      await fixture.whenStable();
      await (
        await root.getHarness(MatButtonHarness.with({ text: 'Resolve and save rating' }))
      ).click();
      await settle();
      expect(gateway.updateChatStatus).toHaveBeenCalledOnceWith({
        customer_number: '+919800000001',
        chat_id: 'c1',
        status: 'resolved',
      });
      expect(api.rateChat).toHaveBeenCalledWith('c1', { rating: 2 });
      expect(closedWith).toEqual(saved);
    });

    it('once resolved, keeps a rating that failed to retry or skip', async () => {
      gateway.updateChatStatus.and.returnValue(of(RESOLVED));
      api.rateChat.and.returnValue(
        throwError(
          () =>
            new ApiError({
              status: 503,
              code: 'unavailable',
              backend: 'pySmartChat',
              message: 'Ratings are not being saved right now. Try again in a minute.',
            }),
        ),
      );
      radios()[3].click();
      await fixture.whenStable();
      await (
        await root.getHarness(MatButtonHarness.with({ text: 'Resolve and save rating' }))
      ).click();
      await settle();
      expect(gateway.updateChatStatus).toHaveBeenCalledTimes(1);
      expect(closedWith).toBe('open');
      const dialog = await root.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Rate this chat');
      expect(radios()[3].checked).toBeTrue();
      expect(document.querySelector('app-rating-dialog [role="alert"]')?.textContent).toContain(
        'Try again in a minute.',
      );
      await (await root.getHarness(MatButtonHarness.with({ text: 'Save rating' }))).click();
      await settle();
      expect(gateway.updateChatStatus).toHaveBeenCalledTimes(1);
      expect(api.rateChat).toHaveBeenCalledTimes(2);
    });

    it('stays open with the reason when the chat could not be resolved', async () => {
      gateway.updateChatStatus.and.returnValue(
        throwError(() => new GatewayError('offline', 'You are offline.', 'update_chat_status')),
      );
      await (await root.getHarness(MatButtonHarness.with({ text: 'Resolve' }))).click();
      await settle();
      expect(closedWith).toBe('open');
      expect(
        document.querySelector('app-rating-dialog [role="alert"].error')?.textContent,
      ).toContain('You are offline.');
      expect(api.rateChat).not.toHaveBeenCalled();
    });

    it('closes when a colleague has the chat, for the conversation to offer Take over', async () => {
      gateway.updateChatStatus.and.returnValue(
        throwError(
          () => new GatewayError('forbidden', 'Take it over first.', 'update_chat_status'),
        ),
      );
      await (await root.getHarness(MatButtonHarness.with({ text: 'Resolve' }))).click();
      await settle();
      expect(closedWith).toBeUndefined();
      expect(TestBed.inject(ChatActionsStore).refusal()).toEqual(
        jasmine.objectContaining({ chatId: 'c1' }),
      );
      expect(api.rateChat).not.toHaveBeenCalled();
    });
  });
});
