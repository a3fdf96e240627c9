import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Subject, of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { InternalNote, NotesResponse } from '../../../../contract';
import { GatewayError } from '../../../core/realtime/gateway-error';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../../testing/fake-session';
import { NotesPanel } from './notes-panel';

function aNote(overrides: Partial<InternalNote> = {}): InternalNote {
  return {
    note_id: 'n1',
    chat_id: 'c1',
    content: 'Refund approved, pays out in 3 days',
    author_id: 'e2',
    author_name: 'Priya Nair',
    created_at: '2026-11-25T09:00:00.000Z',
    ...overrides,
  };
}

describe('NotesPanel', () => {
  let gateway: FakeChatGateway;
  let api: jasmine.SpyObj<PySmartChatApi>;
  let fixture: ComponentFixture<NotesPanel>;
  let loader: HarnessLoader;

  async function create(response: NotesResponse | Subject<NotesResponse>): Promise<void> {
    api.fetchNotes.and.returnValue(response instanceof Subject ? response : of(response));
    fixture = TestBed.createComponent(NotesPanel);
    fixture.componentRef.setInput('chatId', 'c1');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  /** Lets an awaited acknowledgement land, then renders what it changed. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function noteTexts(): string[] {
    return Array.from(element().querySelectorAll('.note .content')).map((e) => e.textContent ?? '');
  }

  beforeEach(() => {
    gateway = new FakeChatGateway();
    api = jasmine.createSpyObj<PySmartChatApi>('PySmartChatApi', ['fetchNotes']);
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(gateway),
        provideFakeSession(),
        { provide: PySmartChatApi, useValue: api },
      ],
    });
  });

  it('loads the notes, says they are internal, and marks each with a lock', async () => {
    const response = new Subject<NotesResponse>();
    await create(response);
    expect(element().textContent).toContain('Loading notes');
    response.next({ chat_id: 'c1', notes: [aNote()] });
    await fixture.whenStable();
    expect(api.fetchNotes).toHaveBeenCalledWith('c1');
    expect(element().textContent).toContain('Internal note — only your team sees this');
    expect(noteTexts()).toEqual(['Refund approved, pays out in 3 days']);
    expect(element().querySelector('.note')?.textContent).toContain('lock');
    expect(element().querySelector('.note')?.textContent).toContain('Priya Nair');
  });

  it('shows an empty state with what to do', async () => {
    await create({ chat_id: 'c1', notes: [] });
    expect(element().textContent).toContain('No notes yet');
  });

  it('shows the load error with a retry', async () => {
    api.fetchNotes.and.returnValue(
      throwError(
        () =>
          new ApiError({
            status: 0,
            code: 'unreachable',
            backend: 'pySmartChat',
            message: 'Down.',
          }),
      ),
    );
    fixture = TestBed.createComponent(NotesPanel);
    fixture.componentRef.setInput('chatId', 'c1');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    expect(element().textContent).toContain('Down.');
    api.fetchNotes.and.returnValue(of({ chat_id: 'c1', notes: [aNote()] }));
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    expect(noteTexts().length).toBe(1);
  });

  it('adds live notes once each, newest last', async () => {
    await create({ chat_id: 'c1', notes: [aNote()] });
    const later = aNote({
      note_id: 'n2',
      content: 'Customer called again',
      created_at: '2026-11-25T10:00:00.000Z',
    });
    gateway.noteAdded.next(later);
    gateway.noteAdded.next(later);
    gateway.noteAdded.next(aNote({ note_id: 'n9', chat_id: 'c9', content: 'Other chat' }));
    await fixture.whenStable();
    expect(noteTexts()).toEqual(['Refund approved, pays out in 3 days', 'Customer called again']);
  });

  it('adds a note with a client note id, disabled while saving, then clears the field', async () => {
    await create({ chat_id: 'c1', notes: [] });
    const ack = new Subject<InternalNote>();
    gateway.addNote.and.returnValue(ack);
    const add = await loader.getHarness(MatButtonHarness.with({ text: /Add note/ }));
    expect(await add.isDisabled()).toBeTrue();
    const input = await loader.getHarness(MatInputHarness);
    await input.setValue('Driver confirmed pickup at 7');
    await add.click();
    const request = gateway.addNote.calls.mostRecent().args[0];
    expect(request).toEqual({
      chat_id: 'c1',
      content: 'Driver confirmed pickup at 7',
      client_note_id: jasmine.any(String),
    });
    expect(await add.isDisabled()).toBeTrue();
    ack.next(aNote({ note_id: 'n5', content: 'Driver confirmed pickup at 7', author_id: 'e1' }));
    ack.complete();
    await settle();
    expect(noteTexts()).toEqual(['Driver confirmed pickup at 7']);
    expect(element().querySelector('.note')?.textContent).toContain('You');
    expect(await input.getValue()).toBe('');
  });

  it('keeps the text after a failed add and retries with the same client note id', async () => {
    await create({ chat_id: 'c1', notes: [] });
    gateway.addNote.and.returnValue(
      throwError(() => new GatewayError('timeout', 'The chat server did not answer.', 'add_note')),
    );
    await (await loader.getHarness(MatInputHarness)).setValue('Refund promised');
    const add = await loader.getHarness(MatButtonHarness.with({ text: /Add note/ }));
    await add.click();
    await settle();
    expect(element().textContent).toContain('The chat server did not answer.');
    expect(await (await loader.getHarness(MatInputHarness)).getValue()).toBe('Refund promised');
    await add.click();
    const [first, second] = gateway.addNote.calls.allArgs().map(([r]) => r.client_note_id);
    expect(second).toBe(first);
  });
});
