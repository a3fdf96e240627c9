import { AlternateNumber, Partner } from '../../../../contract';
import { contactName } from '../../../shared/text/contact-name';
import { PanelSubject } from './panel-subject';

/**
 * Who writes in a driver chat, as to the partner the panel shows: the partner (the fleet owner,
 * who pays the dues and gets the payment links) or one of the partner's drivers.
 */
export interface PartnerWriter {
  /** Whether one of the partner's drivers is writing, not the partner. */
  readonly isDriver: boolean;
  /** The writer as the chat names them (their number while no name is known). */
  readonly writerName: string;
  /** The partner who pays: their name, DCO id and the number payment links go to. */
  readonly partnerName: string;
  readonly dcoId: string;
  readonly partnerPhone: string;
}

/** Compares phone numbers by their last ten digits: "+91 98450 12345" is "9845012345". */
export function samePhone(a: string, b: string): boolean {
  const digits = (n: string) => n.replace(/\D/g, '').slice(-10);
  return digits(a).length >= 6 && digits(a) === digits(b);
}

/**
 * Who is writing: the partner when the chat comes from the partner's phone or one of their other
 * numbers, a driver otherwise. Null while it cannot be told: the partner not loaded, or the other
 * numbers still loading (so the panel never says "drives for" of the partner themself).
 */
export function partnerWriterOf(
  subject: PanelSubject | null,
  partner: Partner | null,
  alternates: { readonly settled: boolean; readonly numbers: readonly AlternateNumber[] },
): PartnerWriter | null {
  if (!subject || !partner) {
    return null;
  }
  const own =
    samePhone(subject.number, partner.phone) ||
    alternates.numbers.some((alternate) => samePhone(subject.number, alternate.number));
  if (!own && !alternates.settled) {
    return null;
  }
  return {
    isDriver: !own,
    writerName: contactName(subject.name, subject.number),
    partnerName: partner.name,
    dcoId: partner.dco_id,
    partnerPhone: partner.phone,
  };
}

/** What the panel's header calls the person writing, and what it says of them on hover. */
export interface WriterKind {
  readonly label: 'Customer' | 'Driver partner' | 'Driver' | 'Driver or partner';
  readonly detail: string | null;
}

/**
 * What the person writing is: a customer; in a driver chat the partner (the fleet owner), one of
 * the partner's drivers, or "driver or partner" while that cannot be told (the partner still
 * loading, or not found by the chat's number).
 */
export function writerKindOf(
  subject: PanelSubject | null,
  writer: PartnerWriter | null,
): WriterKind {
  if (subject?.stakeholder !== 'driver') {
    return { label: 'Customer', detail: null };
  }
  if (!writer) {
    return { label: 'Driver or partner', detail: null };
  }
  return writer.isDriver
    ? {
        label: 'Driver',
        detail: `Drives for partner ${writer.partnerName}, ${writer.dcoId}`,
      }
    : {
        label: 'Driver partner',
        detail: `${writer.dcoId}: pays the dues and gets the payment links`,
      };
}
