import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { InternalNote, NotesResponse } from '../../../../contract';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { NotesStore, mergeNotes } from './notes-store';

function aNote(overrides: Partial<InternalNote> = {}): InternalNote {
  return {
    note_id: 'n1',
    chat_id: 'c1',
    content: 'Promised a refund by Friday',
    author_id: 'e1',
    author_name: 'Asha',
    created_at: '2026-11-25T09:00:00.000Z',
    ...overrides,
  };
}

describe('mergeNotes', () => {
  it('dedupes by note id and orders oldest first', () => {
    const held = [aNote({ note_id: 'n2', created_at: '2026-11-25T10:00:00.000Z' })];
    const merged = mergeNotes(held, [
      aNote({ note_id: 'n1' }),
      aNote({ note_id: 'n2', created_at: '2026-11-25T10:00:00.000Z' }),
    ]);
    expect(merged.map((n) => n.note_id)).toEqual(['n1', 'n2']);
  });

  it('returns the held list itself when nothing is new', () => {
    const held = [aNote()];
    expect(mergeNotes(held, [aNote()])).toBe(held);
    expect(mergeNotes(held, [])).toBe(held);
  });
});

describe('NotesStore', () => {
  let gateway: FakeChatGateway;
  let api: jasmine.SpyObj<PySmartChatApi>;
  let store: NotesStore;

  beforeEach(() => {
    gateway = new FakeChatGateway();
    api = jasmine.createSpyObj<PySmartChatApi>('PySmartChatApi', ['fetchNotes']);
    TestBed.configureTestingModule({
      providers: [provideFakeChatGateway(gateway), { provide: PySmartChatApi, useValue: api }],
    });
    store = TestBed.inject(NotesStore);
  });

  it('loads a chat once and keeps notes that arrive while the fetch is in flight', () => {
    const response = new Subject<NotesResponse>();
    api.fetchNotes.and.returnValue(response);
    store.load('c1');
    expect(store.notesOf('c1').loading).toBeTrue();
    gateway.noteAdded.next(aNote({ note_id: 'n2', created_at: '2026-11-25T11:00:00.000Z' }));
    response.next({ chat_id: 'c1', notes: [aNote()] });
    expect(store.notesOf('c1').notes.map((n) => n.note_id)).toEqual(['n1', 'n2']);
    expect(store.notesOf('c1').loaded).toBeTrue();
    store.load('c1');
    expect(api.fetchNotes).toHaveBeenCalledTimes(1);
  });

  it('dedupes a live note it already holds and ignores chats never opened', () => {
    api.fetchNotes.and.returnValue(of({ chat_id: 'c1', notes: [aNote()] }));
    store.load('c1');
    gateway.noteAdded.next(aNote());
    gateway.noteAdded.next(aNote({ note_id: 'n5', chat_id: 'c5' }));
    expect(store.notesOf('c1').notes.length).toBe(1);
    expect(store.notesOf('c5').notes).toEqual([]);
  });

  it('shows the API error and fetches again on force', () => {
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
    store.load('c1');
    expect(store.notesOf('c1').error).toBe('Down.');
    api.fetchNotes.and.returnValue(of({ chat_id: 'c1', notes: [aNote()] }));
    store.load('c1', true);
    expect(store.notesOf('c1').error).toBeNull();
    expect(store.notesOf('c1').notes.length).toBe(1);
  });

  it('adds a note with its client note id and holds the acknowledged note', async () => {
    api.fetchNotes.and.returnValue(of({ chat_id: 'c1', notes: [] }));
    store.load('c1');
    gateway.addNote.and.returnValue(of(aNote({ note_id: 'n3' })));
    const result = await store.add('c1', '  Called the driver  ', 'client-1');
    expect(gateway.addNote).toHaveBeenCalledWith({
      chat_id: 'c1',
      content: 'Called the driver',
      client_note_id: 'client-1',
    });
    expect(result.ok).toBeTrue();
    gateway.noteAdded.next(aNote({ note_id: 'n3' }));
    expect(store.notesOf('c1').notes.map((n) => n.note_id)).toEqual(['n3']);
    expect(store.notesOf('c1').adding).toBeFalse();
  });

  it('does not send an empty note', async () => {
    const result = await store.add('c1', '   ', 'client-1');
    expect(result.ok).toBeFalse();
    expect(gateway.addNote).not.toHaveBeenCalled();
  });

  it('refetches held chats after a reconnect', () => {
    api.fetchNotes.and.returnValue(of({ chat_id: 'c1', notes: [] }));
    store.load('c1');
    gateway.reconnectedSubject.next();
    expect(api.fetchNotes).toHaveBeenCalledTimes(2);
  });
});
