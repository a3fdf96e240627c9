import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';

import { MalformedResponse, ResponseValidator } from '../api/response-validator';
import { ChatGateway, MalformedEvent } from '../realtime/chat-gateway';
import { DiagnosticsStore, countDrop } from './diagnostics-store';

describe('DiagnosticsStore', () => {
  let events: Subject<MalformedEvent>;
  let responses: Subject<MalformedResponse>;
  let store: DiagnosticsStore;

  beforeEach(() => {
    events = new Subject();
    responses = new Subject();
    TestBed.configureTestingModule({
      providers: [
        { provide: ChatGateway, useValue: { malformedEvents: events } },
        { provide: ResponseValidator, useValue: { dropped: responses } },
      ],
    });
    store = TestBed.inject(DiagnosticsStore);
  });

  it('lists each dropped event or endpoint once, with a count', () => {
    events.next({ event: 'new_message', reason: 'new_message.seq: expected number, got string' });
    events.next({ event: 'new_message', reason: 'new_message: expected object, got null' });
    responses.next({
      backend: 'pySmartChat',
      endpoint: 'fetchNotes',
      reason: 'fetchNotes.notes: x',
    });

    expect(store.dropped().map(({ source, name, count }) => ({ source, name, count }))).toEqual([
      { source: 'event', name: 'new_message', count: 2 },
      { source: 'endpoint', name: 'fetchNotes', count: 1 },
    ]);
    expect(store.dropped()[0].reason).toBe('new_message.seq: expected number, got string');
    expect(store.total()).toBe(3);
  });

  it('empties the list on clear', () => {
    events.next({ event: 'room_update', reason: 'room_update: expected object, got null' });
    store.clear();
    expect(store.dropped()).toEqual([]);
    expect(store.total()).toBe(0);
  });
});

describe('countDrop', () => {
  it('shortens a huge reason so a hostile payload cannot bloat the list', () => {
    const [line] = countDrop([], 'event', 'note_added', 'x'.repeat(10_000), 0);
    expect(line.reason.length).toBeLessThanOrEqual(201);
  });
});
