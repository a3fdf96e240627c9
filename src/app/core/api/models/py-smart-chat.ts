import { InternalNote } from './chat';
import { Iso8601, Stakeholder } from './common';

/** `POST /api/chats/chat_gpt` (`getChatGPTResponse`). */
export interface ChatGptRequest {
  chat_id: string;
}

export interface ChatGptResponse {
  chat_id: string;
  suggestion: string;
  generated_at: Iso8601;
}

/** `POST /api/chats/{chatId}/rate` (`rateChat`). */
export interface RateChatRequest {
  /** 1 to 5 stars. */
  rating: number;
  comment?: string;
}

export interface RateChatResponse {
  chat_id: string;
  rating: number;
  comment: string | null;
  rated_by: string;
  rated_at: Iso8601;
}

/** `GET /api/chats/send_whatsapp_template?to=&name=` (`sendWhatsappTemplate`). */
export interface SendWhatsappTemplateResponse {
  success: boolean;
  chat_id: string;
  message_id: string;
  to: string;
  template_name: string;
  sent_at: Iso8601;
}

export type ContextType =
  'booking' | 'cancellation' | 'payment' | 'refund' | 'complaint' | 'ride' | 'enquiry';

export interface ContextEvent {
  event_id: string;
  context_type: ContextType;
  summary: string;
  display_booking_id: string | null;
  created_at: Iso8601;
}

/** `GET /api/chats/{customerNumber}/context-history` (`fetchContextHistory`), newest first. */
export interface ContextHistoryResponse {
  customer_number: string;
  events: ContextEvent[];
}

export interface Ride {
  display_booking_id: string;
  pickup_city: string;
  drop_city: string;
  pickup_time: Iso8601;
  cab_type: string;
  /** Rupees. */
  fare: number;
  status: 'confirmed' | 'driver_assigned' | 'on_trip' | 'completed' | 'cancelled';
}

export interface RideSearch {
  search_id: string;
  pickup_city: string;
  drop_city: string;
  travel_date: Iso8601;
  cab_type: string;
  /** Rupees. */
  quoted_fare: number;
  searched_at: Iso8601;
}

/** `GET /api/chats/{customerNumber}/rides` (`fetchRides`). */
export interface RidesResponse {
  customer_number: string;
  upcoming_rides: Ride[];
  search_history: RideSearch[];
}

/** `GET /api/chats/{chatId}/notes` (`fetchNotes`). */
export interface NotesResponse {
  chat_id: string;
  notes: InternalNote[];
}

export interface WhatsappTemplate {
  template_id: string;
  /** WhatsApp template name, as `sendWhatsappTemplate` takes it. */
  name: string;
  stakeholder: Stakeholder;
  category: 'utility' | 'marketing' | 'authentication';
  language: string;
  /** Body with `{{variable}}` placeholders. */
  body: string;
  variables: string[];
}

/** `GET /api/templates?stakeholder=` (`fetchTemplates`). */
export interface TemplatesResponse {
  stakeholder: Stakeholder;
  templates: WhatsappTemplate[];
}
