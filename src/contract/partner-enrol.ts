import * as z from 'zod/mini';

import { DcoStatusSchema, iso8601 } from './primitives';
import { id } from './request-fields';

const partnerId = z.string().check(z.trim(), z.toUpperCase(), z.minLength(1), z.maxLength(40));

/** `POST /getAlternateNumbers`. */
export const AlternateNumbersRequestSchema = z.object({
  /** Partner whose numbers are wanted (case-insensitive). */
  partner_id: partnerId,
});
export type AlternateNumbersRequest = z.output<typeof AlternateNumbersRequestSchema>;

/** Another contact number of a partner. */
export const AlternateNumberSchema = z.object({
  /** The phone number. */
  number: z.string(),
  /** What the number is (e.g. home, office). */
  label: z.string(),
  /** Whether the number has been verified. */
  verified: z.boolean(),
});
export type AlternateNumber = z.output<typeof AlternateNumberSchema>;

/** Answer of `getAlternateNumbers`. */
export const AlternateNumbersResponseSchema = z.object({
  /** The partner. */
  partner_id: z.string(),
  /** The partner's other numbers. */
  alternate_numbers: z.array(AlternateNumberSchema),
});
export type AlternateNumbersResponse = z.output<typeof AlternateNumbersResponseSchema>;

/** `POST /getPartner`: by id, or by the phone number a driver chat comes from. */
export const GetPartnerRequestSchema = z
  .object({
    /** Partner id; send this or `phone`. */
    partner_id: z.optional(partnerId),
    /** A phone number of the partner or of one of its drivers; send this or `partner_id`. */
    phone: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(32))),
  })
  .check(
    z.refine((value) => value.partner_id !== undefined || value.phone !== undefined, {
      message: 'Send "partner_id" or "phone".',
      path: ['partner_id'],
    }),
  );
export type GetPartnerRequest = z.output<typeof GetPartnerRequestSchema>;

/** A partner (DCO) as partner enrol stores it. */
export const PartnerSchema = z.object({
  /** Id of the partner. */
  partner_id: z.string(),
  /** DCO id of the partner. */
  dco_id: z.string(),
  /** Partner's name. */
  name: z.string(),
  /** Partner's phone number. */
  phone: z.string(),
  /** Partner's email; null when unknown. */
  email: z.nullable(z.string()),
  /** City the partner works in. */
  city: z.string(),
  /** State of the KYC check. */
  kyc_status: z.enum(['verified', 'pending', 'rejected']),
  /** Account status. */
  status: DcoStatusSchema,
  /** When the partner joined. */
  joined_at: iso8601,
  /** Cabs of the partner. */
  vehicles: z.array(
    z.object({
      /** Registration number. */
      cab_number: z.string(),
      /** Make and model. */
      cab_model: z.string(),
      /** Cab class. */
      cab_type: z.string(),
    }),
  ),
});
export type Partner = z.output<typeof PartnerSchema>;

/** Answer of `getPartner`. */
export const GetPartnerResponseSchema = z.object({
  /** The partner. */
  partner: PartnerSchema,
});
export type GetPartnerResponse = z.output<typeof GetPartnerResponseSchema>;

/** `POST /resendPaytmPaymentLink`. */
export const ResendPaytmLinkRequestSchema = z.object({
  /** Partner to send the link to. */
  partner_id: partnerId,
  /** Rupees; the outstanding dues when omitted. */
  amount: z.optional(z.number().check(z.positive(), z.lte(500_000))),
  /**
   * The driver chat the link is sent from: the back end writes an internal note there (who sent
   * how much to whom). Optional: without it, or from a back end that ignores it, no note.
   */
  chat_id: z.optional(id),
});
export type ResendPaytmLinkRequest = z.output<typeof ResendPaytmLinkRequestSchema>;

/** Answer of `resendPaytmPaymentLink`. */
export const ResendPaytmLinkResponseSchema = z.object({
  /** Whether the link was sent. */
  success: z.boolean(),
  /** Id of the payment link. */
  link_id: z.string(),
  /** The number the link went to. */
  sent_to: z.string(),
  /** Amount of the link, in rupees. */
  amount: z.number(),
  /** When the link stops working (48 hours on the local stack). */
  expires_at: iso8601,
  /** Confirmation for the executive, including the link. */
  message: z.string(),
});
export type ResendPaytmLinkResponse = z.output<typeof ResendPaytmLinkResponseSchema>;

/** A main status tag. */
export const MainTagSchema = z.object({
  /** Id of the main tag. */
  main_tag_id: z.string(),
  /** Name shown to staff. */
  name: z.string(),
});
export type MainTag = z.output<typeof MainTagSchema>;

/** A sub tag under a main status tag. */
export const SubTagSchema = z.object({
  /** Id of the sub tag. */
  sub_tag_id: z.string(),
  /** Main tag it belongs to. */
  main_tag_id: z.string(),
  /** Name shown to staff. */
  name: z.string(),
});
export type SubTag = z.output<typeof SubTagSchema>;

/** `POST /fetchAllTagsForFreelancer`: the flat list. */
export const FreelancerTagSchema = z.object({
  /** Id of the tag (a main or a sub tag id). */
  tag_id: z.string(),
  /** Name shown to staff. */
  name: z.string(),
  /** Parent main tag; null for a main tag itself. */
  main_tag_id: z.nullable(z.string()),
  /** Name of the parent main tag; null for a main tag itself. */
  main_tag_name: z.nullable(z.string()),
});
export type FreelancerTag = z.output<typeof FreelancerTagSchema>;

/** Answer of `fetchAllTagsForFreelancer`. */
export const AllTagsResponseSchema = z.object({
  /** Main tags, each followed by its sub tags. */
  tags: z.array(FreelancerTagSchema),
});
export type AllTagsResponse = z.output<typeof AllTagsResponseSchema>;

/** `POST /fetchMainTags`. */
export const MainTagsResponseSchema = z.object({
  /** The main tags, in display order. */
  main_tags: z.array(MainTagSchema),
});
export type MainTagsResponse = z.output<typeof MainTagsResponseSchema>;

/** `POST /fetchSubTagsForMainTags`. */
export const SubTagsRequestSchema = z.object({
  /** Main tags whose sub tags are wanted (1 to 50). */
  main_tag_ids: z
    .array(z.string().check(z.minLength(1), z.maxLength(40)))
    .check(z.minLength(1), z.maxLength(50)),
});
export type SubTagsRequest = z.output<typeof SubTagsRequestSchema>;

/** Answer of `fetchSubTagsForMainTags`. */
export const SubTagsResponseSchema = z.object({
  /** Their sub tags, in display order. */
  sub_tags: z.array(SubTagSchema),
});
export type SubTagsResponse = z.output<typeof SubTagsResponseSchema>;

/** `POST /updateDCOStatusByFreelancer`. */
export const UpdateDcoStatusRequestSchema = z.object({
  /** The DCO to change. */
  dco_id: partnerId,
  /** The new status. */
  status: DcoStatusSchema,
  /** Main reason tag. */
  main_tag_id: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Sub reason tag; must belong to `main_tag_id`. */
  sub_tag_id: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Free-text explanation (1 to 500 characters). */
  remarks: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  /**
   * The driver chat the change is made from: the back end writes an internal note there (who
   * changed the status, from what to what, and why). Optional: without it, or from a back end
   * that ignores it, no note.
   */
  chat_id: z.optional(id),
});
export type UpdateDcoStatusRequest = z.output<typeof UpdateDcoStatusRequestSchema>;

/** Answer of `updateDCOStatusByFreelancer`. */
export const UpdateDcoStatusResponseSchema = z.object({
  /** Whether the status was changed. */
  success: z.boolean(),
  /** The DCO. */
  dco_id: z.string(),
  /** The status now. */
  status: DcoStatusSchema,
  /** When it changed. */
  updated_at: iso8601,
  /** Confirmation for the executive. */
  message: z.string(),
});
export type UpdateDcoStatusResponse = z.output<typeof UpdateDcoStatusResponseSchema>;

/**
 * An empty JSON body, for endpoints that take none. Anything sent is ignored, as the back ends do.
 */
export const EmptyRequestSchema = z.pipe(
  z.optional(z.object({})),
  z.transform((): Record<string, never> => ({})),
);
export type EmptyRequest = Record<string, never>;
