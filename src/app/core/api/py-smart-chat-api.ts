import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, OperatorFunction } from 'rxjs';

import { APP_CONFIG } from '../config/app-config-token';
import { joinUrl, pathSegment } from './api-url';
import { ResponseValidator } from './response-validator';
import {
  ChatGptRequest,
  ChatGptResponse,
  ContextHistoryResponse,
  DashboardStats,
  LoginV2Request,
  LoginV2Response,
  NotesResponse,
  RateChatRequest,
  RateChatResponse,
  RidesResponse,
  SendWhatsappTemplateResponse,
  Stakeholder,
  TemplatesResponse,
  RestEndpointName,
} from '../../../contract';

/** The PySmartChat REST back end: sign-in, chat extras, media, templates and dashboard figures. */
@Injectable({ providedIn: 'root' })
export class PySmartChatApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(APP_CONFIG);
  private readonly validator = inject(ResponseValidator);

  /** Signs a staff member in: `POST {pySmartChatV2AuthUrl}`. */
  loginV2(request: LoginV2Request): Observable<LoginV2Response> {
    return this.http
      .post(this.config.pySmartChatV2AuthUrl, request)
      .pipe(this.checked<LoginV2Response>('loginV2'));
  }

  /** Asks for a suggested reply to a chat: `POST {rateUrl}/chat_gpt`. */
  getChatGPTResponse(request: ChatGptRequest): Observable<ChatGptResponse> {
    return this.http
      .post(this.rateUrl('chat_gpt'), request)
      .pipe(this.checked<ChatGptResponse>('getChatGPTResponse'));
  }

  /** Records the rating of a resolved chat: `POST {rateUrl}/{chatId}/rate`. */
  rateChat(chatId: string, request: RateChatRequest): Observable<RateChatResponse> {
    return this.http
      .post(this.rateUrl(`${pathSegment(chatId)}/rate`), request)
      .pipe(this.checked<RateChatResponse>('rateChat'));
  }

  /** Sends a WhatsApp template to a number: `GET {rateUrl}/send_whatsapp_template?to=&name=`. */
  sendWhatsappTemplate(to: string, name: string): Observable<SendWhatsappTemplateResponse> {
    const params = new HttpParams().set('to', to).set('name', name);
    return this.http
      .get(this.rateUrl('send_whatsapp_template'), { params })
      .pipe(this.checked<SendWhatsappTemplateResponse>('sendWhatsappTemplate'));
  }

  /** Downloads the bytes of a WhatsApp media attachment: `GET api/whatsapp/downloadmedia/{mediaId}`. */
  fetchMediaFile(mediaId: string): Observable<Blob> {
    return this.http
      .get(this.baseUrl(`api/whatsapp/downloadmedia/${pathSegment(mediaId)}`), {
        responseType: 'blob',
      })
      .pipe(this.checked<Blob>('fetchMediaFile'));
  }

  /** The context timeline of a customer, newest first: `GET {rateUrl}/{customerNumber}/context-history`. */
  fetchContextHistory(customerNumber: string): Observable<ContextHistoryResponse> {
    return this.http
      .get(this.rateUrl(`${pathSegment(customerNumber)}/context-history`))
      .pipe(this.checked<ContextHistoryResponse>('fetchContextHistory'));
  }

  /** Upcoming rides and search history of a customer: `GET {rateUrl}/{customerNumber}/rides`. */
  fetchRides(customerNumber: string): Observable<RidesResponse> {
    return this.http
      .get(this.rateUrl(`${pathSegment(customerNumber)}/rides`))
      .pipe(this.checked<RidesResponse>('fetchRides'));
  }

  /** Internal notes of a chat: `GET {rateUrl}/{chatId}/notes`. */
  fetchNotes(chatId: string): Observable<NotesResponse> {
    return this.http
      .get(this.rateUrl(`${pathSegment(chatId)}/notes`))
      .pipe(this.checked<NotesResponse>('fetchNotes'));
  }

  /** WhatsApp templates for one kind of stakeholder: `GET api/templates?stakeholder=`. */
  fetchTemplates(stakeholder: Stakeholder): Observable<TemplatesResponse> {
    const params = new HttpParams().set('stakeholder', stakeholder);
    return this.http
      .get(this.baseUrl('api/templates'), { params })
      .pipe(this.checked<TemplatesResponse>('fetchTemplates'));
  }

  /** Dashboard figures for supervisors: `GET api/dashboard/stats`. */
  partnerStats(): Observable<DashboardStats> {
    return this.http
      .get(this.baseUrl('api/dashboard/stats'))
      .pipe(this.checked<DashboardStats>('partnerStats'));
  }

  private checked<T>(endpoint: RestEndpointName): OperatorFunction<unknown, T> {
    return this.validator.validate<T>('pySmartChat', endpoint);
  }

  private baseUrl(path: string): string {
    return joinUrl(this.config.pySmartChatUrl, path);
  }

  private rateUrl(path: string): string {
    return joinUrl(this.config.pySmartChatV2RateUrl, path);
  }
}
