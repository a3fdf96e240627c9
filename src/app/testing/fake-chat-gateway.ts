import { Observable, Subject, of } from 'rxjs';

import {
  ChatAssignment,
  Chats,
  Config,
  DashboardStats,
  DriverChatStats,
  ExecutiveStatusUpdate,
  FetchAllChat,
  FetchAllChatByUser,
  InternalNote,
  Message,
  ResponseData,
  SlaAlert,
  TagUpdate,
  TypingPayload,
} from '../../contract';
import { MemoryStorage } from '../core/api/api-testing';
import { ChatGateway, ConnectionCause, ConnectionState } from '../core/realtime/chat-gateway';
import { GatewayError } from '../core/realtime/gateway-error';
import { OUTBOX_LEADERSHIP, OUTBOX_STORAGE } from '../core/state/outbox-store';

/**
 * A stand-in for `ChatGateway` in store and component specs: server events are Subjects the spec
 * drives, emits are spies the spec stubs (`fake.sendMessage.and.returnValue(of(...))`).
 */
export class FakeChatGateway {
  readonly newMessage = new Subject<Message>();
  readonly roomUpdate = new Subject<Chats>();
  readonly typing = new Subject<TypingPayload>();
  readonly tagUpdated = new Subject<TagUpdate>();
  readonly noteAdded = new Subject<InternalNote>();
  readonly chatAssigned = new Subject<ChatAssignment>();
  readonly chatReassigned = new Subject<ChatAssignment>();
  readonly slaAlert = new Subject<SlaAlert>();
  readonly executiveStatus = new Subject<ExecutiveStatusUpdate>();
  readonly dashboardStats = new Subject<DashboardStats>();
  readonly driverChatStats = new Subject<DriverChatStats>();
  readonly configResponse = new Subject<Config>();
  readonly updateChatStatusResponse = new Subject<ResponseData>();
  readonly state = new Subject<ConnectionState>();
  readonly reconnectedSubject = new Subject<void>();

  readonly connectionState: Observable<ConnectionState> = this.state;
  readonly reconnected: Observable<void> = this.reconnectedSubject;
  readonly connectionError = new Subject<GatewayError>();
  readonly cause = new Subject<ConnectionCause | null>();
  readonly connectionCause: Observable<ConnectionCause | null> = this.cause;
  readonly malformedEvents = new Subject<never>();

  readonly connect = jasmine.createSpy('connect');
  readonly disconnect = jasmine.createSpy('disconnect');
  readonly retryNow = jasmine.createSpy('retryNow');
  readonly fetchConfig = jasmine.createSpy('fetchConfig').and.returnValue(of());
  readonly fetchAllChatUser = jasmine
    .createSpy('fetchAllChatUser')
    .and.returnValue(of<FetchAllChat>(emptyPage()));
  readonly searchChat = jasmine
    .createSpy('searchChat')
    .and.returnValue(of<FetchAllChat>(emptyPage()));
  readonly fetchChatsByUser = jasmine
    .createSpy('fetchChatsByUser')
    .and.returnValue(of<FetchAllChatByUser>());
  readonly sendMessage = jasmine.createSpy('sendMessage').and.returnValue(of());
  readonly joinChat = jasmine.createSpy('joinChat').and.returnValue(of());
  readonly updateChatStatus = jasmine.createSpy('updateChatStatus').and.returnValue(of());
  readonly emitTyping = jasmine.createSpy('emitTyping');
  readonly setExecutiveStatus = jasmine.createSpy('setExecutiveStatus').and.returnValue(of());
  readonly reassignChat = jasmine.createSpy('reassignChat').and.returnValue(of());
  readonly applyTag = jasmine.createSpy('applyTag').and.returnValue(of());
  readonly removeTag = jasmine.createSpy('removeTag').and.returnValue(of());
  readonly addNote = jasmine.createSpy('addNote').and.returnValue(of());

  onNewMessage = () => this.newMessage.asObservable();
  onRoomUpdate = () => this.roomUpdate.asObservable();
  onTyping = () => this.typing.asObservable();
  onTagUpdated = () => this.tagUpdated.asObservable();
  onNoteAdded = () => this.noteAdded.asObservable();
  onChatAssigned = () => this.chatAssigned.asObservable();
  onChatReassigned = () => this.chatReassigned.asObservable();
  onSlaAlert = () => this.slaAlert.asObservable();
  onExecutiveStatus = () => this.executiveStatus.asObservable();
  onDashboardStats = () => this.dashboardStats.asObservable();
  onDriverChatStats = () => this.driverChatStats.asObservable();
  onConfigResponse = () => this.configResponse.asObservable();
  onUpdateChatStatus = () => this.updateChatStatusResponse.asObservable();
}

/** An empty `FetchAllChat` page. */
export function emptyPage(overrides: Partial<FetchAllChat> = {}): FetchAllChat {
  return {
    request_id: 'r1',
    chats: [],
    total: 0,
    counts: { active: 0, pending: 0, resolved: 0 },
    next_cursor: null,
    ...overrides,
  };
}

/**
 * Providers that swap the real gateway for a fake. The outbox gets its own in-memory storage and
 * leads at once, so specs neither share the browser's storage nor wait for a Web Lock.
 */
export function provideFakeChatGateway(fake: FakeChatGateway) {
  return [
    { provide: ChatGateway, useValue: fake },
    { provide: OUTBOX_STORAGE, useFactory: () => new MemoryStorage() },
    {
      provide: OUTBOX_LEADERSHIP,
      useValue: (_name: string, _signal: AbortSignal, granted: () => void) => granted(),
    },
  ];
}

export { MemoryStorage };
