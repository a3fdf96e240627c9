import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { Message, MediaAttachment } from '../../../../contract';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { ConversationStore } from '../../../core/state/conversation-store';
import { ConversationMessage, fromServer } from '../../../core/state/message-merge';
import { aMessage } from '../../../testing/payload-fixtures';
import { MessageBubble } from './message-bubble';
import { clockTime } from '../../../shared/time/time-format';

function attachment(overrides: Partial<MediaAttachment> = {}): MediaAttachment {
  return {
    media_id: 'media-1',
    mime_type: 'image/jpeg',
    file_name: 'pickup-point.jpg',
    size_bytes: 48_000,
    caption: null,
    ...overrides,
  };
}

function outbound(overrides: Partial<Message> = {}): Message {
  return aMessage({
    sender_type: 'executive',
    sender_id: 'exec-1',
    sender_name: 'Asha',
    client_message_id: 'client-1',
    ...overrides,
  });
}

describe('MessageBubble', () => {
  let fixture: ComponentFixture<MessageBubble>;
  let loader: HarnessLoader;
  let retry: jasmine.Spy;
  let fetchMediaFile: jasmine.Spy;

  beforeEach(() => {
    retry = jasmine.createSpy('retry');
    fetchMediaFile = jasmine
      .createSpy('fetchMediaFile')
      .and.callFake(() => of(new Blob(['bytes'], { type: 'image/jpeg' })));
    TestBed.configureTestingModule({
      imports: [MessageBubble],
      providers: [
        { provide: ConversationStore, useValue: { retry } },
        { provide: PySmartChatApi, useValue: { fetchMediaFile } },
      ],
    });
    fixture = TestBed.createComponent(MessageBubble);
    loader = TestbedHarnessEnvironment.loader(fixture);
  });

  async function show(message: ConversationMessage | Message): Promise<HTMLElement> {
    fixture.componentRef.setInput('message', 'local' in message ? message : fromServer(message));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  describe('text', () => {
    it('shows the sender, the time and the text with its line breaks', async () => {
      const el = await show(
        aMessage({
          text: 'Line one\nLine two',
          created_at: new Date(2026, 10, 25, 9, 5).toISOString(),
        }),
      );
      expect(el.querySelector('.sender')?.textContent).toContain('Ravi');
      expect(el.querySelector('time')?.textContent).toContain(
        clockTime(new Date(2026, 10, 25, 9, 5)),
      );
      const text = el.querySelector('app-message-text') as HTMLElement;
      expect(text.textContent).toBe('Line one\nLine two');
      expect(getComputedStyle(text).whiteSpace).toBe('pre-wrap');
    });

    it('names a customer known only by number by that number, and an executive by name', async () => {
      let el = await show(
        aMessage({
          sender_type: 'customer',
          sender_name: 'WhatsApp 0001',
          sender_id: '+919800000001',
        }),
      );
      expect(el.querySelector('.sender')?.textContent).toBe('+91 98000 00001');
      el = await show(
        aMessage({
          message_id: 'm-exec',
          sender_type: 'executive',
          sender_name: 'Asha Verma',
          sender_id: 'e1',
        }),
      );
      expect(el.querySelector('.sender')?.textContent).toBe('Asha Verma');
    });

    it('turns an https address into a link that opens safely in a new tab', async () => {
      const el = await show(aMessage({ text: 'Track here: https://example.test/t/42 thanks' }));
      const link = el.querySelector('app-message-text a') as HTMLAnchorElement;
      expect(link.href).toBe('https://example.test/t/42');
      expect(link.textContent).toBe('https://example.test/t/42');
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    });

    it('keeps javascript: and markup as plain text', async () => {
      const el = await show(aMessage({ text: 'javascript:alert(1) <img src=x onerror=alert(1)>' }));
      expect(el.querySelector('app-message-text a')).toBeNull();
      expect(el.querySelector('app-message-text img')).toBeNull();
      expect(el.querySelector('app-message-text')?.textContent).toContain('<img src=x');
    });

    it('puts customer messages on the left and the team on the right', async () => {
      await show(aMessage());
      expect(fixture.nativeElement.classList).not.toContain('outbound');
      await show(outbound());
      expect(fixture.nativeElement.classList).toContain('outbound');
    });

    it('centres system lines without a delivery state', async () => {
      const el = await show(
        aMessage({ sender_type: 'system', sender_name: 'System', text: 'Chat assigned to Asha' }),
      );
      expect(fixture.nativeElement.classList).toContain('system');
      expect(el.querySelector('.system-line')?.textContent).toContain('Chat assigned to Asha');
      expect(el.querySelector('.delivery')).toBeNull();
    });
  });

  describe('delivery state', () => {
    function deliveryLabel(el: HTMLElement): string | null {
      return el.querySelector('.delivery')?.getAttribute('aria-label') ?? null;
    }

    it('shows each outbound state, read in colour', async () => {
      expect(deliveryLabel(await show({ ...fromServer(outbound()), local: 'pending' }))).toBe(
        'Sending',
      );
      expect(deliveryLabel(await show(outbound({ status: 'sent' })))).toBe('Sent');
      expect(deliveryLabel(await show(outbound({ status: 'delivered' })))).toBe('Delivered');
      const read = await show(outbound({ status: 'read' }));
      expect(deliveryLabel(read)).toBe('Read');
      expect(read.querySelector('.delivery')?.classList).toContain('read');
    });

    it('shows no delivery state on inbound messages', async () => {
      expect(deliveryLabel(await show(aMessage()))).toBeNull();
    });

    it('shows why a send failed and retries it through the store', async () => {
      const el = await show({
        ...fromServer(outbound({ message_id: 'local:client-1' })),
        local: 'failed',
        local_error: 'You are not connected to the chat server.',
      });
      expect(el.querySelector('.failure')?.textContent).toContain(
        'You are not connected to the chat server.',
      );

      await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

      expect(retry).toHaveBeenCalledOnceWith('client-1');
    });

    it('offers no retry for a message WhatsApp itself could not deliver', async () => {
      const el = await show(outbound({ status: 'failed' }));
      expect(el.querySelector('.failure')?.textContent).toContain('could not deliver');
      expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Retry' }))).toEqual([]);
    });
  });

  describe('image', () => {
    const image = () =>
      aMessage({ message_type: 'image', text: null, media: attachment({ caption: 'Gate 4' }) });

    it('shows a thumbnail from the downloaded file, with the caption as alt text', async () => {
      const el = await show(image());
      const img = el.querySelector('app-image-content img') as HTMLImageElement;
      expect(fetchMediaFile).toHaveBeenCalledOnceWith('media-1');
      expect(img.src).toMatch(/^blob:/);
      expect(img.alt).toBe('Gate 4');
      expect(el.querySelector('app-message-text')?.textContent).toBe('Gate 4');
    });

    it('enlarges the photo in a dialog on click', async () => {
      const el = await show(image());
      (el.querySelector('app-image-content button') as HTMLButtonElement).click();
      const dialog =
        await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Gate 4');
      await dialog.close();
    });

    it('says the photo could not load and downloads it again on retry', async () => {
      fetchMediaFile.and.returnValue(
        throwError(
          () =>
            new ApiError({
              status: 0,
              code: 'network',
              backend: 'pySmartChat',
              message: 'Offline',
            }),
        ),
      );
      const el = await show(image());
      expect(el.querySelector('app-image-content')?.textContent).toContain(
        "Couldn't load the photo.",
      );
      expect(el.querySelector('app-image-content img')).toBeNull();

      fetchMediaFile.and.returnValue(of(new Blob(['ok'])));
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

      expect(fetchMediaFile).toHaveBeenCalledTimes(2);
      expect(el.querySelector('app-image-content img')).not.toBeNull();
    });

    it('uses the file name as alt text when there is no caption', async () => {
      const el = await show(aMessage({ message_type: 'image', text: null, media: attachment() }));
      expect((el.querySelector('img') as HTMLImageElement).alt).toBe('pickup-point.jpg');
    });
  });

  it('downloads a document only when asked, saved under its own name', async () => {
    const click = spyOn(HTMLAnchorElement.prototype, 'click');
    const el = await show(
      aMessage({
        message_type: 'document',
        text: null,
        media: attachment({ file_name: 'invoice-42.pdf', size_bytes: 2.4 * 1024 * 1024 }),
      }),
    );
    expect(el.textContent).toContain('invoice-42.pdf');
    expect(el.textContent).toContain('2.4 MB');
    expect(fetchMediaFile).not.toHaveBeenCalled();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Download' }))).click();
    await fixture.whenStable();

    expect(fetchMediaFile).toHaveBeenCalledOnceWith('media-1');
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.calls.mostRecent().object as HTMLAnchorElement;
    expect(link.download).toBe('invoice-42.pdf');
    expect(link.href).toMatch(/^blob:/);
  });

  it('plays a voice message from the downloaded file', async () => {
    const el = await show(
      aMessage({
        message_type: 'audio',
        text: null,
        media: attachment({ mime_type: 'audio/ogg' }),
      }),
    );
    const audio = el.querySelector('audio') as HTMLAudioElement;
    expect(audio.controls).toBeTrue();
    expect(audio.src).toMatch(/^blob:/);
  });

  it('plays a video from the downloaded file', async () => {
    const el = await show(
      aMessage({
        message_type: 'video',
        text: null,
        media: attachment({ mime_type: 'video/mp4' }),
      }),
    );
    const video = el.querySelector('video') as HTMLVideoElement;
    expect(video.controls).toBeTrue();
    expect(video.src).toMatch(/^blob:/);
  });

  it('shows a location with its coordinates and a map link', async () => {
    const el = await show(
      aMessage({
        message_type: 'location',
        text: null,
        location: { latitude: 12.9716, longitude: 77.5946, name: 'MG Road', address: 'Bengaluru' },
      }),
    );
    expect(el.textContent).toContain('MG Road');
    expect(el.textContent).toContain('Bengaluru');
    expect(el.textContent).toContain('12.97160, 77.59460');
    const link = el.querySelector('app-location-content a') as HTMLAnchorElement;
    expect(link.textContent).toContain('Open map');
    expect(link.href).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=12\.971600&mlon=77\.594600/,
    );
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('shows a template with its name and rendered text', async () => {
    const el = await show(
      outbound({
        message_type: 'template',
        text: 'Your ride OW123 is confirmed.',
        template: { template_id: 't1', name: 'booking_confirmed' },
      }),
    );
    expect(el.querySelector('.template-badge')?.textContent).toContain('booking_confirmed');
    expect(el.querySelector('app-message-text')?.textContent).toBe('Your ride OW123 is confirmed.');
  });

  it('says when a media message arrived without its file', async () => {
    const el = await show(aMessage({ message_type: 'image', text: null, media: null }));
    expect(el.textContent).toContain('This photo is not available.');
    expect(fetchMediaFile).not.toHaveBeenCalled();
  });
});
