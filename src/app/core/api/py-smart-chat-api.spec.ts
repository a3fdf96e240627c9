import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Observable } from 'rxjs';

import { provideApiTesting, signedInApiBed } from './api-testing';
import { ChatGptRequest, LoginV2Response, RateChatRequest } from '../../../contract';
import { PySmartChatApi } from './py-smart-chat-api';
import { sampleResponse } from './testing/response-samples';
import { isApiError } from './api-error';

describe('PySmartChatApi', () => {
  let api: PySmartChatApi;
  let http: HttpTestingController;
  let jwt: string;

  beforeEach(() => {
    let login: LoginV2Response;
    ({ api, http, login } = signedInApiBed(PySmartChatApi));
    jwt = login.access_token;
  });

  afterEach(() => http.verify());

  function expectCall(
    call: Observable<unknown>,
    method: string,
    url: string,
  ): ReturnType<HttpTestingController['expectOne']> {
    let done = false;
    call.subscribe(() => (done = true));
    const req = http.expectOne((r) => r.urlWithParams === url || r.url === url);
    expect(req.request.method).toBe(method);
    expect(req.request.url).toBe(url.replace(/\?.*$/, ''));
    req.flush(sampleResponse(url));
    expect(done).withContext('the observable emits the response').toBeTrue();
    return req;
  }

  it('fails a call whose answer breaks the contract with bad_response', () => {
    let error: unknown;
    api.fetchNotes('c1').subscribe({ error: (e: unknown) => (error = e) });
    http.expectOne('https://chat.test/api/chats/c1/notes').flush({ chat_id: 'c1', notes: null });
    expect(isApiError(error) && error.code).toBe('bad_response');
  });

  it('loginV2 posts the credentials to the auth URL without any Authorization header', () => {
    const req = expectCall(
      api.loginV2({ email: 'a@example.test', password: 'pw' }),
      'POST',
      'https://chat.test/api/auth/login',
    );
    expect(req.request.body).toEqual({ email: 'a@example.test', password: 'pw' });
    expect(req.request.headers.has('Authorization')).toBeFalse();
  });

  it('getChatGPTResponse posts to {rateUrl}/chat_gpt with the JWT', () => {
    const body: ChatGptRequest = { chat_id: 'chat-1' };
    const req = expectCall(
      api.getChatGPTResponse(body),
      'POST',
      'https://chat.test/api/chats/chat_gpt',
    );
    expect(req.request.body).toEqual(body);
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${jwt}`);
  });

  it('rateChat posts the rating to {rateUrl}/{chatId}/rate with an encoded chat id', () => {
    const body: RateChatRequest = { rating: 4, comment: 'Quick help' };
    const req = expectCall(
      api.rateChat('chat/1 ?', body),
      'POST',
      'https://chat.test/api/chats/chat%2F1%20%3F/rate',
    );
    expect(req.request.body).toEqual(body);
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${jwt}`);
  });

  it('sendWhatsappTemplate GETs with encoded to and name query parameters', () => {
    let done = false;
    api.sendWhatsappTemplate('+919800000001', 'trip update&more').subscribe(() => (done = true));
    const req = http.expectOne(
      (r) => r.url === 'https://chat.test/api/chats/send_whatsapp_template',
    );
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('to')).toBe('+919800000001');
    expect(req.request.params.get('name')).toBe('trip update&more');
    expect(req.request.urlWithParams).toBe(
      'https://chat.test/api/chats/send_whatsapp_template?to=%2B919800000001&name=trip%20update%26more',
    );
    expect(req.request.body).toBeNull();
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${jwt}`);
    req.flush(sampleResponse(req.request.url));
    expect(done).toBeTrue();
  });

  it('fetchMediaFile GETs the media bytes as a Blob', () => {
    let received: Blob | undefined;
    api.fetchMediaFile('media 1/2').subscribe((blob) => (received = blob));
    const req = http.expectOne('https://chat.test/api/whatsapp/downloadmedia/media%201%2F2');
    expect(req.request.method).toBe('GET');
    expect(req.request.responseType).toBe('blob');
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${jwt}`);
    const blob = new Blob(['jpeg bytes'], { type: 'image/jpeg' });
    req.flush(blob);
    expect(received).toBe(blob);
  });

  it('fetchContextHistory GETs {rateUrl}/{customerNumber}/context-history', () => {
    const req = expectCall(
      api.fetchContextHistory('+919800000001'),
      'GET',
      'https://chat.test/api/chats/%2B919800000001/context-history',
    );
    expect(req.request.body).toBeNull();
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${jwt}`);
  });

  it('fetchRides GETs {rateUrl}/{customerNumber}/rides', () => {
    const req = expectCall(
      api.fetchRides('9800000001'),
      'GET',
      'https://chat.test/api/chats/9800000001/rides',
    );
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${jwt}`);
  });

  it('fetchNotes GETs {rateUrl}/{chatId}/notes', () => {
    const req = expectCall(
      api.fetchNotes('chat-7'),
      'GET',
      'https://chat.test/api/chats/chat-7/notes',
    );
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${jwt}`);
  });

  it('fetchTemplates GETs api/templates with the stakeholder query parameter', () => {
    const req = expectCall(
      api.fetchTemplates('driver'),
      'GET',
      'https://chat.test/api/templates?stakeholder=driver',
    );
    expect(req.request.params.get('stakeholder')).toBe('driver');
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${jwt}`);
  });

  it('partnerStats GETs api/dashboard/stats', () => {
    const req = expectCall(api.partnerStats(), 'GET', 'https://chat.test/api/dashboard/stats');
    expect(req.request.params.keys()).toEqual([]);
    expect(req.request.headers.get('Authorization')).toBe(`Bearer ${jwt}`);
    expect(req.request.headers.has('x-access-key')).toBeFalse();
  });
});

describe('PySmartChatApi URL joining', () => {
  it('builds the same URLs from bases with trailing slashes', () => {
    TestBed.configureTestingModule({
      providers: provideApiTesting({
        interceptors: [],
        config: {
          profile: 'local',
          pySmartChatUrl: 'https://chat.test',
          pySmartChatUrlForChat: 'https://chat.test',
          pySmartChatV2AuthUrl: 'https://chat.test/api/auth/login',
          pySmartChatV2RateUrl: 'https://chat.test/api/chats/',
          nodejsOnewayAdminUrl: 'https://node.test',
          webApiURL: 'https://web.test/third',
          partnerEnrollApi: 'https://partner.test/rest/V1/',
          onewayLocationWebSocketApi: 'wss://location.test/',
        },
      }),
    });
    const api = TestBed.inject(PySmartChatApi);
    const http = TestBed.inject(HttpTestingController);
    api.fetchNotes('c1').subscribe();
    api.partnerStats().subscribe();
    const notes = http.expectOne('https://chat.test/api/chats/c1/notes');
    const stats = http.expectOne('https://chat.test/api/dashboard/stats');
    expect(notes.request.method).toBe('GET');
    expect(stats.request.method).toBe('GET');
    notes.flush(sampleResponse(notes.request.url));
    stats.flush(sampleResponse(stats.request.url));
    http.verify();
  });
});
