import { Iso8601 } from './common';
import { DcoStatus } from './node-admin';

/** `POST /getAlternateNumbers`. */
export interface AlternateNumbersRequest {
  partner_id: string;
}

export interface AlternateNumber {
  number: string;
  label: string;
  verified: boolean;
}

export interface AlternateNumbersResponse {
  partner_id: string;
  alternate_numbers: AlternateNumber[];
}

/** `POST /getPartner`: by id, or by the phone number a driver chat comes from. */
export interface GetPartnerRequest {
  partner_id?: string;
  phone?: string;
}

export interface Partner {
  partner_id: string;
  dco_id: string;
  name: string;
  phone: string;
  email: string | null;
  city: string;
  kyc_status: 'verified' | 'pending' | 'rejected';
  status: DcoStatus;
  joined_at: Iso8601;
  vehicles: { cab_number: string; cab_model: string; cab_type: string }[];
}

export interface GetPartnerResponse {
  partner: Partner;
}

/** `POST /resendPaytmPaymentLink`. */
export interface ResendPaytmLinkRequest {
  partner_id: string;
  /** Rupees; the outstanding dues when omitted. */
  amount?: number;
}

export interface ResendPaytmLinkResponse {
  success: boolean;
  link_id: string;
  sent_to: string;
  amount: number;
  expires_at: Iso8601;
  message: string;
}

export interface MainTag {
  main_tag_id: string;
  name: string;
}

export interface SubTag {
  sub_tag_id: string;
  main_tag_id: string;
  name: string;
}

/** `POST /fetchAllTagsForFreelancer`: the flat list. */
export interface FreelancerTag {
  tag_id: string;
  name: string;
  main_tag_id: string | null;
  main_tag_name: string | null;
}

export interface AllTagsResponse {
  tags: FreelancerTag[];
}

/** `POST /fetchMainTags`. */
export interface MainTagsResponse {
  main_tags: MainTag[];
}

/** `POST /fetchSubTagsForMainTags`. */
export interface SubTagsRequest {
  main_tag_ids: string[];
}

export interface SubTagsResponse {
  sub_tags: SubTag[];
}

/** `POST /updateDCOStatusByFreelancer`. */
export interface UpdateDcoStatusRequest {
  dco_id: string;
  status: DcoStatus;
  main_tag_id: string;
  sub_tag_id: string;
  remarks: string;
}

export interface UpdateDcoStatusResponse {
  success: boolean;
  dco_id: string;
  status: DcoStatus;
  updated_at: Iso8601;
  message: string;
}

/** An empty JSON body, for endpoints that take none. */
export type EmptyRequest = Record<string, never>;
