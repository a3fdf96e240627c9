import { Iso8601 } from './common';

/** `POST /getBookingDetailsByDisplayBookingId`. */
export interface BookingByDisplayIdRequest {
  display_booking_id: string;
}

export interface Booking {
  booking_id: string;
  display_booking_id: string;
  customer_name: string;
  customer_number: string;
  pickup_address: string;
  drop_address: string;
  pickup_city: string;
  drop_city: string;
  pickup_time: Iso8601;
  cab_type: string;
  trip_type: 'one_way' | 'round_trip' | 'airport' | 'local';
  /** Rupees. */
  fare: number;
  payment_status: 'paid' | 'partially_paid' | 'unpaid' | 'refunded';
  status: 'confirmed' | 'driver_assigned' | 'on_trip' | 'completed' | 'cancelled';
  driver_id: string | null;
  created_at: Iso8601;
}

export interface BookingResponse {
  booking: Booking;
}

/** `POST /getDriverDetailsOfBooking`. */
export interface DriverOfBookingRequest {
  booking_id: string;
}

export interface DriverDetails {
  driver_id: string;
  name: string;
  phone: string;
  cab_number: string;
  cab_model: string;
  cab_type: string;
  rating: number;
  dco_id: string;
  partner_id: string;
}

export interface DriverOfBookingResponse {
  booking_id: string;
  driver: DriverDetails | null;
}

/** `POST /getDcoDetails`. */
export interface DcoDetailsRequest {
  dco_id: string;
}

export type DcoStatus = 'active' | 'inactive' | 'suspended' | 'blocked' | 'onboarding';

export interface DcoDetails {
  dco_id: string;
  partner_id: string;
  name: string;
  phone: string;
  city: string;
  status: DcoStatus;
  /** Rupees. */
  wallet_balance: number;
  vehicles_count: number;
  joined_at: Iso8601;
}

export interface DcoDetailsResponse {
  dco: DcoDetails;
}

/** `POST /dcoTransactionHistory`: paged and sorted by the server. */
export interface DcoTransactionHistoryRequest {
  dco_id: string;
  /** 1-based. */
  page: number;
  page_size: number;
  sort_by?: 'created_at' | 'amount';
  sort_dir?: 'asc' | 'desc';
}

export interface DcoTransaction {
  transaction_id: string;
  type: 'credit' | 'debit';
  /** Rupees. */
  amount: number;
  description: string;
  display_booking_id: string | null;
  /** Rupees. */
  balance_after: number;
  created_at: Iso8601;
}

export interface DcoTransactionHistoryResponse {
  dco_id: string;
  transactions: DcoTransaction[];
  page: number;
  page_size: number;
  total: number;
}
