/**
 * The 25 REST endpoints of the four back ends, keyed by the console's method name (the seed's
 * name in camelCase). Each names its back end, verb, base-URL key and path, and the schemas of its
 * request and response.
 */
import * as z from 'zod/mini';

import {
  AccessKeyRequestSchema,
  AccessKeyResponseSchema,
  LoginV2RequestSchema,
  LoginV2ResponseSchema,
  NodeLoginRequestSchema,
  NodeLoginResponseSchema,
  NodeLogoutResponseSchema,
} from './auth';
import {
  BookingByDisplayIdRequestSchema,
  BookingResponseSchema,
  DcoDetailsRequestSchema,
  DcoDetailsResponseSchema,
  DcoTransactionHistoryRequestSchema,
  DcoTransactionHistoryResponseSchema,
  DriverOfBookingRequestSchema,
  DriverOfBookingResponseSchema,
} from './node-admin';
import {
  AllTagsResponseSchema,
  AlternateNumbersRequestSchema,
  AlternateNumbersResponseSchema,
  EmptyRequestSchema,
  GetPartnerRequestSchema,
  GetPartnerResponseSchema,
  MainTagsResponseSchema,
  ResendPaytmLinkRequestSchema,
  ResendPaytmLinkResponseSchema,
  SubTagsRequestSchema,
  SubTagsResponseSchema,
  UpdateDcoStatusRequestSchema,
  UpdateDcoStatusResponseSchema,
} from './partner-enrol';
import { StakeholderSchema } from './primitives';
import {
  ChatGptRequestSchema,
  ChatGptResponseSchema,
  ContextHistoryResponseSchema,
  NotesResponseSchema,
  RateChatRequestSchema,
  RateChatResponseSchema,
  RidesResponseSchema,
  SendWhatsappTemplateResponseSchema,
  TemplatesResponseSchema,
} from './py-smart-chat';
import { DashboardStatsSchema } from './stats';
import { DriverAndCabImagesRequestSchema, DriverAndCabImagesResponseSchema } from './web-api';

/** The four REST back ends. */
export const BACKENDS = ['pySmartChat', 'onewayNode', 'onewayWeb', 'partnerEnrol'] as const;
export type Backend = (typeof BACKENDS)[number];

/** The runtime-config keys a REST path hangs off. */
export type BaseUrlKey =
  | 'pySmartChatUrl'
  | 'pySmartChatV2AuthUrl'
  | 'pySmartChatV2RateUrl'
  | 'nodejsOnewayAdminUrl'
  | 'webApiURL'
  | 'partnerEnrollApi';

/** The bytes of a file (`fetchMediaFile`), served with the media's own content type. */
export const FileBytesSchema = z.custom<Blob>(
  (value) => typeof Blob !== 'undefined' && value instanceof Blob,
  'expected file bytes',
);

/** The query of `sendWhatsappTemplate`. */
export const SendWhatsappTemplateQuerySchema = z.object({
  /** Phone number to send the template to. */
  to: z.string().check(z.minLength(1), z.maxLength(32)),
  /** WhatsApp name of the template (`WhatsappTemplate.name`). */
  name: z.string().check(z.minLength(1), z.maxLength(100)),
});

/** The query of `fetchTemplates`. */
export const TemplatesQuerySchema = z.object({
  /** Which templates: those for customers or those for drivers. */
  stakeholder: StakeholderSchema,
});

/** A path parameter: an id, a chat id or a phone number. */
export const PathParamSchema = z.string().check(z.minLength(1), z.maxLength(100));

/** One REST endpoint of the contract. */
export interface RestEndpoint {
  /** Back end that serves it. */
  readonly backend: Backend;
  /** The seed's method name, as the seed writes it (`partner_stats`). */
  readonly seed: string;
  /** Our API class and method, `Class.method`. */
  readonly ours: string;
  readonly verb: 'GET' | 'POST';
  /** Runtime-config key of the base URL. */
  readonly base: BaseUrlKey;
  /** Path under the base, `{name}` for path parameters; empty when the base is the full URL. */
  readonly path: string;
  /** Schema of the JSON body, for POST. */
  readonly body: z.core.$ZodType | null;
  /** Schema of the query string, for GET with parameters. */
  readonly query: z.core.$ZodType | null;
  readonly response: z.core.$ZodType;
  /** Whether it only reads (the probe may call it against a live back end). */
  readonly readOnly: boolean;
}

function endpoint(
  backend: Backend,
  ours: string,
  verb: 'GET' | 'POST',
  base: BaseUrlKey,
  path: string,
  schemas: { body?: z.core.$ZodType; query?: z.core.$ZodType; response: z.core.$ZodType },
  options: { seed?: string; readOnly: boolean },
): RestEndpoint {
  return {
    backend,
    seed: options.seed ?? ours.split('.')[1],
    ours,
    verb,
    base,
    path,
    body: schemas.body ?? null,
    query: schemas.query ?? null,
    response: schemas.response,
    readOnly: options.readOnly,
  };
}

const read = { readOnly: true };
const write = { readOnly: false };

/** Every REST endpoint, in the seed's order. */
export const REST_ENDPOINTS = {
  loginV2: endpoint(
    'pySmartChat',
    'PySmartChatApi.loginV2',
    'POST',
    'pySmartChatV2AuthUrl',
    '',
    { body: LoginV2RequestSchema, response: LoginV2ResponseSchema },
    write,
  ),
  getChatGPTResponse: endpoint(
    'pySmartChat',
    'PySmartChatApi.getChatGPTResponse',
    'POST',
    'pySmartChatV2RateUrl',
    '/chat_gpt',
    { body: ChatGptRequestSchema, response: ChatGptResponseSchema },
    write,
  ),
  rateChat: endpoint(
    'pySmartChat',
    'PySmartChatApi.rateChat',
    'POST',
    'pySmartChatV2RateUrl',
    '/{chatId}/rate',
    { body: RateChatRequestSchema, response: RateChatResponseSchema },
    write,
  ),
  sendWhatsappTemplate: endpoint(
    'pySmartChat',
    'PySmartChatApi.sendWhatsappTemplate',
    'GET',
    'pySmartChatV2RateUrl',
    '/send_whatsapp_template',
    { query: SendWhatsappTemplateQuerySchema, response: SendWhatsappTemplateResponseSchema },
    write,
  ),
  fetchMediaFile: endpoint(
    'pySmartChat',
    'PySmartChatApi.fetchMediaFile',
    'GET',
    'pySmartChatUrl',
    'api/whatsapp/downloadmedia/{mediaId}',
    { response: FileBytesSchema },
    read,
  ),
  fetchContextHistory: endpoint(
    'pySmartChat',
    'PySmartChatApi.fetchContextHistory',
    'GET',
    'pySmartChatV2RateUrl',
    '/{customerNumber}/context-history',
    { response: ContextHistoryResponseSchema },
    read,
  ),
  fetchRides: endpoint(
    'pySmartChat',
    'PySmartChatApi.fetchRides',
    'GET',
    'pySmartChatV2RateUrl',
    '/{customerNumber}/rides',
    { response: RidesResponseSchema },
    read,
  ),
  fetchNotes: endpoint(
    'pySmartChat',
    'PySmartChatApi.fetchNotes',
    'GET',
    'pySmartChatV2RateUrl',
    '/{chatId}/notes',
    { response: NotesResponseSchema },
    read,
  ),
  fetchTemplates: endpoint(
    'pySmartChat',
    'PySmartChatApi.fetchTemplates',
    'GET',
    'pySmartChatUrl',
    'api/templates',
    { query: TemplatesQuerySchema, response: TemplatesResponseSchema },
    read,
  ),
  partnerStats: endpoint(
    'pySmartChat',
    'PySmartChatApi.partnerStats',
    'GET',
    'pySmartChatUrl',
    'api/dashboard/stats',
    { response: DashboardStatsSchema },
    { seed: 'partner_stats', readOnly: true },
  ),
  login: endpoint(
    'onewayNode',
    'OnewayNodeApi.login',
    'POST',
    'nodejsOnewayAdminUrl',
    'login',
    { body: NodeLoginRequestSchema, response: NodeLoginResponseSchema },
    write,
  ),
  logout: endpoint(
    'onewayNode',
    'OnewayNodeApi.logout',
    'POST',
    'nodejsOnewayAdminUrl',
    'logout',
    { body: EmptyRequestSchema, response: NodeLogoutResponseSchema },
    write,
  ),
  getBookingDetailsByDisplayBookingId: endpoint(
    'onewayNode',
    'OnewayNodeApi.getBookingDetailsByDisplayBookingId',
    'POST',
    'nodejsOnewayAdminUrl',
    'getBookingDetailsByDisplayBookingId',
    { body: BookingByDisplayIdRequestSchema, response: BookingResponseSchema },
    read,
  ),
  getDriverDetailsOfBooking: endpoint(
    'onewayNode',
    'OnewayNodeApi.getDriverDetailsOfBooking',
    'POST',
    'nodejsOnewayAdminUrl',
    'getDriverDetailsOfBooking',
    { body: DriverOfBookingRequestSchema, response: DriverOfBookingResponseSchema },
    read,
  ),
  getDcoDetails: endpoint(
    'onewayNode',
    'OnewayNodeApi.getDcoDetails',
    'POST',
    'nodejsOnewayAdminUrl',
    'getDcoDetails',
    { body: DcoDetailsRequestSchema, response: DcoDetailsResponseSchema },
    read,
  ),
  dcoTransactionHistory: endpoint(
    'onewayNode',
    'OnewayNodeApi.dcoTransactionHistory',
    'POST',
    'nodejsOnewayAdminUrl',
    'dcoTransactionHistory',
    { body: DcoTransactionHistoryRequestSchema, response: DcoTransactionHistoryResponseSchema },
    read,
  ),
  getAccessKeyWeb: endpoint(
    'onewayWeb',
    'OnewayWebApi.getAccessKeyWeb',
    'POST',
    'webApiURL',
    'getAccessKey',
    { body: AccessKeyRequestSchema, response: AccessKeyResponseSchema },
    write,
  ),
  getDriverAndCabImages: endpoint(
    'onewayWeb',
    'OnewayWebApi.getDriverAndCabImages',
    'POST',
    'webApiURL',
    'getDriverAndCabImages',
    { body: DriverAndCabImagesRequestSchema, response: DriverAndCabImagesResponseSchema },
    read,
  ),
  getAlternateNumbers: endpoint(
    'partnerEnrol',
    'PartnerEnrolApi.getAlternateNumbers',
    'POST',
    'partnerEnrollApi',
    'getAlternateNumbers',
    { body: AlternateNumbersRequestSchema, response: AlternateNumbersResponseSchema },
    read,
  ),
  getPartner: endpoint(
    'partnerEnrol',
    'PartnerEnrolApi.getPartner',
    'POST',
    'partnerEnrollApi',
    'getPartner',
    { body: GetPartnerRequestSchema, response: GetPartnerResponseSchema },
    read,
  ),
  resendPaytmPaymentLink: endpoint(
    'partnerEnrol',
    'PartnerEnrolApi.resendPaytmPaymentLink',
    'POST',
    'partnerEnrollApi',
    'resendPaytmPaymentLink',
    { body: ResendPaytmLinkRequestSchema, response: ResendPaytmLinkResponseSchema },
    write,
  ),
  fetchAllTagsForFreelancer: endpoint(
    'partnerEnrol',
    'PartnerEnrolApi.fetchAllTagsForFreelancer',
    'POST',
    'partnerEnrollApi',
    'fetchAllTagsForFreelancer',
    { body: EmptyRequestSchema, response: AllTagsResponseSchema },
    read,
  ),
  fetchMainTags: endpoint(
    'partnerEnrol',
    'PartnerEnrolApi.fetchMainTags',
    'POST',
    'partnerEnrollApi',
    'fetchMainTags',
    { body: EmptyRequestSchema, response: MainTagsResponseSchema },
    read,
  ),
  fetchSubTagsForMainTags: endpoint(
    'partnerEnrol',
    'PartnerEnrolApi.fetchSubTagsForMainTags',
    'POST',
    'partnerEnrollApi',
    'fetchSubTagsForMainTags',
    { body: SubTagsRequestSchema, response: SubTagsResponseSchema },
    read,
  ),
  updateDCOStatusByFreelancer: endpoint(
    'partnerEnrol',
    'PartnerEnrolApi.updateDCOStatusByFreelancer',
    'POST',
    'partnerEnrollApi',
    'updateDCOStatusByFreelancer',
    { body: UpdateDcoStatusRequestSchema, response: UpdateDcoStatusResponseSchema },
    write,
  ),
} as const satisfies Record<string, RestEndpoint>;

export type RestEndpointName = keyof typeof REST_ENDPOINTS;
