// Spec support only: never imported by the app. The reference lets `tsc -p tsconfig.app.json`,
// which reads every file under src/, type-check it.
/// <reference types="jasmine" />
import { Provider, Type, WritableSignal, computed, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Observable, of, throwError } from 'rxjs';

import { ApiBackend, ApiError, ApiErrorInit } from '../../../core/api/api-error';
import { OnewayNodeApi } from '../../../core/api/oneway-node-api';
import { OnewayWebApi } from '../../../core/api/oneway-web-api';
import { PartnerEnrolApi } from '../../../core/api/partner-enrol-api';
import { Chats, Message } from '../../../../contract';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { Clock } from '../../../core/platform/clock';
import { ConversationStore } from '../../../core/state/conversation-store';
import { NotesStore } from '../../conversation/state/notes-store';
import { CUSTOMER_PANEL_STORES } from '../state/customer-panel-store';
import { CustomerStore } from '../state/customer-store';
import { PanelSubject } from '../state/panel-subject';
import { PartnerStore } from '../state/partner-store';
import {
  aBooking,
  aDco,
  aDriver,
  aPartner,
  aTransactionPage,
  anEvent,
  somePhotos,
  someRides,
} from './panel-fixtures';

/** The moment specs treat as now: 25 Nov 2026, noon UTC. */
export const TEST_NOW = Date.parse('2026-11-25T12:00:00.000Z');

/** A driver chat, whose partner and DCO account the fixtures describe. */
export const DRIVER_SUBJECT: PanelSubject = {
  chatId: 'chat_s061',
  number: '+918247385066',
  name: 'Venkatesh Mishra',
  stakeholder: 'driver',
};

/**
 * A driver chat from one of the fixture partner's drivers, not the partner: the partner pays the
 * dues and gets the payment links.
 */
export const FLEET_DRIVER_SUBJECT: PanelSubject = {
  chatId: 'chat_s081',
  number: '+918624110779',
  name: 'Salim Das',
  stakeholder: 'driver',
};

/** A customer chat, whose timeline and rides the fixtures describe. */
export const CUSTOMER_SUBJECT: PanelSubject = {
  chatId: 'chat_s001',
  number: '+917204949394',
  name: 'Geeta Kapoor',
  stakeholder: 'customer',
};

/** The four back ends as spies answering with the panel fixtures; specs override what they test. */
export interface PanelApis {
  readonly py: jasmine.SpyObj<PySmartChatApi>;
  readonly node: jasmine.SpyObj<OnewayNodeApi>;
  readonly web: jasmine.SpyObj<OnewayWebApi>;
  readonly partner: jasmine.SpyObj<PartnerEnrolApi>;
  /** The conversation's notes, which the panel's actions fetch again to show their note. */
  readonly notes: jasmine.SpyObj<NotesStore>;
}

/** Back-end spies with realistic answers. */
export function panelApis(): PanelApis {
  const py = jasmine.createSpyObj<PySmartChatApi>('PySmartChatApi', [
    'fetchContextHistory',
    'fetchRides',
  ]);
  py.fetchContextHistory.and.callFake((number) =>
    of({
      customer_number: number,
      events: [
        anEvent(),
        anEvent({
          event_id: 'ctx_2',
          context_type: 'payment',
          summary: 'Paid ₹2,520 by UPI',
          display_booking_id: 'OW2506847',
          created_at: '2026-11-13T17:15:00.000Z',
        }),
      ],
    }),
  );
  py.fetchRides.and.returnValue(of(someRides()));

  const node = jasmine.createSpyObj<OnewayNodeApi>('OnewayNodeApi', [
    'getBookingDetailsByDisplayBookingId',
    'getDriverDetailsOfBooking',
    'getDcoDetails',
    'dcoTransactionHistory',
  ]);
  node.getBookingDetailsByDisplayBookingId.and.callFake((request) =>
    of({ booking: aBooking({ display_booking_id: request.display_booking_id }) }),
  );
  node.getDriverDetailsOfBooking.and.callFake((request) =>
    of({ booking_id: request.booking_id, driver: aDriver() }),
  );
  node.getDcoDetails.and.returnValue(of({ dco: aDco() }));
  node.dcoTransactionHistory.and.callFake((request) =>
    of(aTransactionPage({ page: request.page, page_size: request.page_size })),
  );

  const web = jasmine.createSpyObj<OnewayWebApi>('OnewayWebApi', ['getDriverAndCabImages']);
  web.getDriverAndCabImages.and.callFake((request) =>
    of({ driver_id: request.driver_id, images: somePhotos(request.driver_id) }),
  );

  const partner = jasmine.createSpyObj<PartnerEnrolApi>('PartnerEnrolApi', [
    'getPartner',
    'getAlternateNumbers',
    'resendPaytmPaymentLink',
    'fetchAllTagsForFreelancer',
    'fetchMainTags',
    'fetchSubTagsForMainTags',
    'updateDCOStatusByFreelancer',
  ]);
  partner.getPartner.and.returnValue(of({ partner: aPartner() }));
  partner.getAlternateNumbers.and.returnValue(
    of({
      partner_id: 'PTR20001',
      alternate_numbers: [
        { number: '+919934340356', label: 'Home', verified: true },
        { number: '+916888458899', label: 'Office', verified: false },
      ],
    }),
  );
  partner.fetchMainTags.and.returnValue(
    of({
      main_tags: [
        { main_tag_id: 'MT01', name: 'Booking' },
        { main_tag_id: 'MT03', name: 'Documents' },
      ],
    }),
  );
  partner.fetchSubTagsForMainTags.and.callFake((request) =>
    of({
      sub_tags:
        request.main_tag_ids[0] === 'MT03'
          ? [
              { sub_tag_id: 'ST0301', main_tag_id: 'MT03', name: 'RC expired' },
              { sub_tag_id: 'ST0302', main_tag_id: 'MT03', name: 'Licence expired' },
            ]
          : [{ sub_tag_id: 'ST0101', main_tag_id: 'MT01', name: 'New booking' }],
    }),
  );
  partner.fetchAllTagsForFreelancer.and.returnValue(
    of({
      tags: [
        { tag_id: 'MT01', name: 'Booking', main_tag_id: null, main_tag_name: null },
        { tag_id: 'ST0101', name: 'New booking', main_tag_id: 'MT01', main_tag_name: 'Booking' },
        { tag_id: 'MT03', name: 'Documents', main_tag_id: null, main_tag_name: null },
        { tag_id: 'ST0301', name: 'RC expired', main_tag_id: 'MT03', main_tag_name: 'Documents' },
        {
          tag_id: 'ST0302',
          name: 'Licence expired',
          main_tag_id: 'MT03',
          main_tag_name: 'Documents',
        },
      ],
    }),
  );
  const notes = jasmine.createSpyObj<NotesStore>('NotesStore', ['load']);
  return { py, node, web, partner, notes };
}

/** The parts of `ConversationStore` the panel reads, driven by the spec. */
export interface FakeConversation {
  readonly chat: WritableSignal<Chats | null>;
  readonly messages: WritableSignal<Message[]>;
}

/** A conversation with no chat open. */
export function fakeConversation(): FakeConversation {
  return { chat: signal<Chats | null>(null), messages: signal<Message[]>([]) };
}

/** Providers for a spec of the panel or one of its sections: real stores, spied back ends. */
export function providePanelTesting(
  apis: PanelApis,
  conversation: FakeConversation = fakeConversation(),
): Provider[] {
  return [
    ...CUSTOMER_PANEL_STORES,
    { provide: PySmartChatApi, useValue: apis.py },
    { provide: OnewayNodeApi, useValue: apis.node },
    { provide: OnewayWebApi, useValue: apis.web },
    { provide: PartnerEnrolApi, useValue: apis.partner },
    { provide: NotesStore, useValue: apis.notes },
    { provide: Clock, useValue: { now: signal(TEST_NOW) } },
    // Dialogs close at once instead of after their exit animation.
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    {
      provide: ConversationStore,
      useValue: {
        chat: conversation.chat,
        chatId: computed(() => conversation.chat()?.chat_id ?? null),
        messages: conversation.messages,
      },
    },
  ];
}

/**
 * Renders one section of the panel with {@link providePanelTesting}, opens `subject` in the store
 * that serves it (the partner store for a driver, the customer store otherwise) and waits until
 * the section settles.
 */
export async function renderSection<T>(
  component: Type<T>,
  apis: PanelApis,
  subject: PanelSubject,
): Promise<ComponentFixture<T>> {
  TestBed.configureTestingModule({ providers: providePanelTesting(apis) });
  const fixture = TestBed.createComponent(component);
  const store =
    subject.stakeholder === 'driver' ? TestBed.inject(PartnerStore) : TestBed.inject(CustomerStore);
  store.open(subject);
  await fixture.whenStable();
  return fixture;
}

/** The text of a rendered element with its runs of white space folded to single spaces. */
export function foldedText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ');
}

/** A back-end answer that fails with `error`, as the API classes report failures. */
export function failure(error: ApiErrorInit): Observable<never> {
  return throwError(() => new ApiError(error));
}

/** A back-end answer failing as a back end in trouble does: a 503 with the executive's message. */
export function troubleAt(backend: ApiBackend, message: string): Observable<never> {
  return failure({ status: 503, code: 'server_error', backend, message });
}
