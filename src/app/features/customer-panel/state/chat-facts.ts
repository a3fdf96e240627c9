import { Booking, DcoDetails, DriverDetails, ResendPaytmLinkResponse } from '../../../../contract';
import { ChatFacts } from '../../../core/state/chat-facts-store';
import { formatRupees } from '../format/rupees-pipe';
import { dateTime } from '../format/panel-time';
import { PanelSubject } from './panel-subject';
import { PartnerWriter } from './partner-writer';

/** What the panel has loaded for the open chat; null where a section has nothing (yet). */
export interface LoadedSections {
  readonly subject: PanelSubject | null;
  readonly booking: Booking | null;
  readonly driver: DriverDetails | null;
  readonly dco: DcoDetails | null;
  /** Who writes in a driver chat: the partner, or one of their drivers (null: not known yet). */
  readonly writer: PartnerWriter | null;
}

/** A booking's status as a customer would read it after "Your booking is …". */
const BOOKING_STATUS: Readonly<Record<Booking['status'], string>> = {
  confirmed: 'confirmed',
  driver_assigned: 'confirmed, with a driver assigned',
  on_trip: 'on its way',
  completed: 'completed',
  cancelled: 'cancelled',
};

/** The facts a reply may quote, from what the panel has loaded; nothing is fetched for them. */
export function chatFactsOf(loaded: LoadedSections): ChatFacts {
  const { subject, booking, driver, dco, writer } = loaded;
  const facts: Record<string, string> = {};
  const put = (name: keyof ChatFacts, value: string | null | undefined) => {
    if (value && value.trim() !== '') {
      facts[name] = value.trim();
    }
  };
  put('customer_name', subject?.name);
  if (booking) {
    put('booking_id', booking.display_booking_id);
    put('booking_status', BOOKING_STATUS[booking.status] ?? booking.status);
    put('pickup_time', dateTime(booking.pickup_time));
    put('pickup_address', booking.pickup_address);
    put('drop_address', booking.drop_address);
    put('fare', formatRupees(booking.fare));
  }
  if (driver) {
    put('driver_name', driver.name);
    put('driver_phone', driver.phone);
    put('cab_number', driver.cab_number);
    put('cab_model', driver.cab_model);
  }
  // The dues are the partner's: a reply never tells one of their drivers "your dues are …".
  if (dco && writer && !writer.isDriver) {
    put('dues', formatRupees(Math.max(0, -dco.wallet_balance)));
  }
  return facts;
}

/** "Your booking OW1234567 is confirmed. Pickup is on 26 Nov 2026, 3:30 PM from MG Road." */
export function bookingSentence(booking: Booking): string {
  const status = BOOKING_STATUS[booking.status] ?? booking.status;
  const when = dateTime(booking.pickup_time);
  const pickup = when ? ` Pickup is on ${when} from ${booking.pickup_address}.` : '';
  return `Your booking ${booking.display_booking_id} is ${status}.${pickup}`;
}

/** "Pickup is on 26 Nov 2026, 3:30 PM from MG Road, Bengaluru." */
export function pickupSentence(booking: Booking): string {
  return `Pickup is on ${dateTime(booking.pickup_time)} from ${booking.pickup_address}.`;
}

/** "Your driver is Salim Das, +919812345678, in cab KA01AB1234 (Swift Dzire)." */
export function driverSentence(driver: DriverDetails): string {
  const model = driver.cab_model ? ` (${driver.cab_model})` : '';
  return `Your driver is ${driver.name}, ${driver.phone}, in cab ${driver.cab_number}${model}.`;
}

/** "You can reach your driver Salim Das on +919812345678." */
export function driverPhoneSentence(driver: DriverDetails): string {
  return `You can reach your driver ${driver.name} on ${driver.phone}.`;
}

/** "Your cab is a Swift Dzire, number KA01AB1234." */
export function cabSentence(driver: DriverDetails): string {
  return driver.cab_model
    ? `Your cab is a ${driver.cab_model}, number ${driver.cab_number}.`
    : `Your cab number is ${driver.cab_number}.`;
}

/** "We have sent a payment link for ₹1,200 to +91…; it is valid until 26 Nov 2026, 3:30 PM." */
export function paymentLinkSentence(link: ResendPaytmLinkResponse): string {
  return (
    `We have sent a payment link for ${formatRupees(link.amount)} to ${link.sent_to}; ` +
    `it is valid until ${dateTime(link.expires_at)}.`
  );
}
