import {
  AccessKeyResponse,
  AllTagsResponse,
  AlternateNumbersResponse,
  Booking,
  BookingResponse,
  ChatGptResponse,
  ContextEvent,
  ContextHistoryResponse,
  DashboardStats,
  DcoDetails,
  DcoDetailsResponse,
  DcoTransaction,
  DcoTransactionHistoryResponse,
  DriverAndCabImagesResponse,
  DriverDetails,
  DriverOfBookingResponse,
  DriverOrCabImage,
  Executive,
  ExecutiveLoad,
  FreelancerTag,
  GetPartnerResponse,
  InternalNote,
  LoginV2Response,
  MainTag,
  MainTagsResponse,
  NodeLoginResponse,
  NodeLogoutResponse,
  NotesResponse,
  Partner,
  RateChatResponse,
  ResendPaytmLinkResponse,
  Ride,
  RideSearch,
  RidesResponse,
  SendWhatsappTemplateResponse,
  SubTag,
  SubTagsResponse,
  TemplatesResponse,
  UpdateDcoStatusResponse,
  WhatsappTemplate,
} from '../../../contract';
import { PayloadCheck, count, flag, listOf, nullable, oneOf, shapeOf, text } from './payload-check';

const stakeholder = oneOf('customer', 'driver');
const presence = oneOf('online', 'offline');
const dcoStatus = oneOf('active', 'inactive', 'suspended', 'blocked', 'onboarding');
const rideStatus = oneOf('confirmed', 'driver_assigned', 'on_trip', 'completed', 'cancelled');

const executive = shapeOf<Executive>({
  executive_id: text,
  name: text,
  email: text,
  role: oneOf('executive', 'supervisor'),
  status: presence,
});

const note = shapeOf<InternalNote>({
  note_id: text,
  chat_id: text,
  content: text,
  author_id: text,
  author_name: text,
  created_at: text,
});

/** `loginV2`. */
export const checkLoginV2Response = shapeOf<LoginV2Response>({
  access_token: text,
  token_type: oneOf('bearer'),
  expires_in: count,
  executive,
});

/** `getChatGPTResponse`. */
export const checkChatGptResponse = shapeOf<ChatGptResponse>({
  chat_id: text,
  suggestion: text,
  generated_at: text,
});

/** `rateChat`. */
export const checkRateChatResponse = shapeOf<RateChatResponse>({
  chat_id: text,
  rating: count,
  comment: nullable(text),
  rated_by: text,
  rated_at: text,
});

/** `sendWhatsappTemplate`. */
export const checkSendWhatsappTemplateResponse = shapeOf<SendWhatsappTemplateResponse>({
  success: flag,
  chat_id: text,
  message_id: text,
  to: text,
  template_name: text,
  sent_at: text,
});

/** `fetchContextHistory`. */
export const checkContextHistoryResponse = shapeOf<ContextHistoryResponse>({
  customer_number: text,
  events: listOf(
    shapeOf<ContextEvent>({
      event_id: text,
      context_type: oneOf(
        'booking',
        'cancellation',
        'payment',
        'refund',
        'complaint',
        'ride',
        'enquiry',
      ),
      summary: text,
      display_booking_id: nullable(text),
      created_at: text,
    }),
  ),
});

/** `fetchRides`. */
export const checkRidesResponse = shapeOf<RidesResponse>({
  customer_number: text,
  upcoming_rides: listOf(
    shapeOf<Ride>({
      display_booking_id: text,
      pickup_city: text,
      drop_city: text,
      pickup_time: text,
      cab_type: text,
      fare: count,
      status: rideStatus,
    }),
  ),
  search_history: listOf(
    shapeOf<RideSearch>({
      search_id: text,
      pickup_city: text,
      drop_city: text,
      travel_date: text,
      cab_type: text,
      quoted_fare: count,
      searched_at: text,
    }),
  ),
});

/** `fetchNotes`. */
export const checkNotesResponse = shapeOf<NotesResponse>({ chat_id: text, notes: listOf(note) });

/** `fetchTemplates`. */
export const checkTemplatesResponse = shapeOf<TemplatesResponse>({
  stakeholder,
  templates: listOf(
    shapeOf<WhatsappTemplate>({
      template_id: text,
      name: text,
      stakeholder,
      category: oneOf('utility', 'marketing', 'authentication'),
      language: text,
      body: text,
      variables: listOf(text),
    }),
  ),
});

/** `partnerStats`. */
export const checkDashboardStatsResponse = shapeOf<DashboardStats>({
  active: count,
  pending: count,
  resolved: count,
  unassigned: count,
  new_today: count,
  resolved_today: count,
  sla_breaches_today: count,
  executives: listOf(
    shapeOf<ExecutiveLoad>({
      executive_id: text,
      name: text,
      status: presence,
      open_chats: count,
      waiting_chats: count,
      oldest_waiting_since: nullable(text),
      sla_breaches_today: count,
    }),
  ),
  generated_at: text,
});

/** Node admin `login`. */
export const checkNodeLoginResponse = shapeOf<NodeLoginResponse>({
  token: text,
  expires_at: text,
  user: shapeOf<NodeLoginResponse['user']>({ user_id: text, name: text }),
});

/** Node admin `logout`. */
export const checkNodeLogoutResponse = shapeOf<NodeLogoutResponse>({ success: flag });

/** `getBookingDetailsByDisplayBookingId`. */
export const checkBookingResponse = shapeOf<BookingResponse>({
  booking: shapeOf<Booking>({
    booking_id: text,
    display_booking_id: text,
    customer_name: text,
    customer_number: text,
    pickup_address: text,
    drop_address: text,
    pickup_city: text,
    drop_city: text,
    pickup_time: text,
    cab_type: text,
    trip_type: oneOf('one_way', 'round_trip', 'airport', 'local'),
    fare: count,
    payment_status: oneOf('paid', 'partially_paid', 'unpaid', 'refunded'),
    status: rideStatus,
    driver_id: nullable(text),
    created_at: text,
  }),
});

/** `getDriverDetailsOfBooking`. */
export const checkDriverOfBookingResponse = shapeOf<DriverOfBookingResponse>({
  booking_id: text,
  driver: nullable(
    shapeOf<DriverDetails>({
      driver_id: text,
      name: text,
      phone: text,
      cab_number: text,
      cab_model: text,
      cab_type: text,
      rating: count,
      dco_id: text,
      partner_id: text,
    }),
  ),
});

/** `getDcoDetails`. */
export const checkDcoDetailsResponse = shapeOf<DcoDetailsResponse>({
  dco: shapeOf<DcoDetails>({
    dco_id: text,
    partner_id: text,
    name: text,
    phone: text,
    city: text,
    status: dcoStatus,
    wallet_balance: count,
    vehicles_count: count,
    joined_at: text,
  }),
});

/** `dcoTransactionHistory`. */
export const checkDcoTransactionHistoryResponse = shapeOf<DcoTransactionHistoryResponse>({
  dco_id: text,
  transactions: listOf(
    shapeOf<DcoTransaction>({
      transaction_id: text,
      type: oneOf('credit', 'debit'),
      amount: count,
      description: text,
      display_booking_id: nullable(text),
      balance_after: count,
      created_at: text,
    }),
  ),
  page: count,
  page_size: count,
  total: count,
});

/** Web API `getAccessKeyWeb`. */
export const checkAccessKeyResponse = shapeOf<AccessKeyResponse>({
  access_key: text,
  expires_at: text,
});

/** Web API `getDriverAndCabImages`. */
export const checkDriverAndCabImagesResponse = shapeOf<DriverAndCabImagesResponse>({
  driver_id: text,
  images: listOf(
    shapeOf<DriverOrCabImage>({
      kind: oneOf('driver', 'cab_front', 'cab_back', 'cab_interior'),
      url: text,
      caption: text,
    }),
  ),
});

/** `getAlternateNumbers`. */
export const checkAlternateNumbersResponse = shapeOf<AlternateNumbersResponse>({
  partner_id: text,
  alternate_numbers: listOf(
    shapeOf<AlternateNumbersResponse['alternate_numbers'][number]>({
      number: text,
      label: text,
      verified: flag,
    }),
  ),
});

/** `getPartner`. */
export const checkGetPartnerResponse = shapeOf<GetPartnerResponse>({
  partner: shapeOf<Partner>({
    partner_id: text,
    dco_id: text,
    name: text,
    phone: text,
    email: nullable(text),
    city: text,
    kyc_status: oneOf('verified', 'pending', 'rejected'),
    status: dcoStatus,
    joined_at: text,
    vehicles: listOf(
      shapeOf<Partner['vehicles'][number]>({ cab_number: text, cab_model: text, cab_type: text }),
    ),
  }),
});

/** `resendPaytmPaymentLink`. */
export const checkResendPaytmLinkResponse = shapeOf<ResendPaytmLinkResponse>({
  success: flag,
  link_id: text,
  sent_to: text,
  amount: count,
  expires_at: text,
  message: text,
});

const mainTag = shapeOf<MainTag>({ main_tag_id: text, name: text });

/** `fetchAllTagsForFreelancer`. */
export const checkAllTagsResponse = shapeOf<AllTagsResponse>({
  tags: listOf(
    shapeOf<FreelancerTag>({
      tag_id: text,
      name: text,
      main_tag_id: nullable(text),
      main_tag_name: nullable(text),
    }),
  ),
});

/** `fetchMainTags`. */
export const checkMainTagsResponse = shapeOf<MainTagsResponse>({ main_tags: listOf(mainTag) });

/** `fetchSubTagsForMainTags`. */
export const checkSubTagsResponse = shapeOf<SubTagsResponse>({
  sub_tags: listOf(shapeOf<SubTag>({ sub_tag_id: text, main_tag_id: text, name: text })),
});

/** `updateDCOStatusByFreelancer`. */
export const checkUpdateDcoStatusResponse = shapeOf<UpdateDcoStatusResponse>({
  success: flag,
  dco_id: text,
  status: dcoStatus,
  updated_at: text,
  message: text,
});

/** `fetchMediaFile`: the bytes, as a `Blob`. */
export const checkBlob: PayloadCheck = (value, path) =>
  value instanceof Blob ? null : `${path}: expected file bytes`;
