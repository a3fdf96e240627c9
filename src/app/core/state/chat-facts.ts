/** The facts a reply may quote, by the variable name a quick reply writes them as. */
export const FACT_NAMES = [
  'customer_name',
  'booking_id',
  'booking_status',
  'pickup_time',
  'pickup_address',
  'drop_address',
  'fare',
  'driver_name',
  'driver_phone',
  'cab_number',
  'cab_model',
  'dues',
  'payment_link',
] as const;

/** One fact a reply may quote, e.g. `driver_name`. */
export type FactName = (typeof FACT_NAMES)[number];

/** What is known about a chat right now: only the facts that have a value. */
export type ChatFacts = Readonly<Partial<Record<FactName, string>>>;

/** Whether `name` is a fact the console can fill. */
export function isFactName(name: string): name is FactName {
  return (FACT_NAMES as readonly string[]).includes(name);
}
