/**
 * Conversations the seed writes into chat histories. `{booking}`, `{driver}`, `{cab}`, `{fare}`,
 * `{from}`, `{to}`, `{name}` and `{amount}` are filled from the chat's own data.
 */
export type TurnKind = 'text' | 'image' | 'document' | 'audio' | 'video' | 'location' | 'template';

export interface Turn {
  by: 'them' | 'exec';
  text: string;
  kind?: TurnKind;
}

export interface ConversationScript {
  topic: string;
  tags: string[];
  turns: Turn[];
}

export const CUSTOMER_SCRIPTS: ConversationScript[] = [
  {
    topic: 'driver_late',
    tags: ['Driver late'],
    turns: [
      { by: 'them', text: 'Hi, my cab for {booking} has not come yet. Pickup was 20 minutes ago.' },
      { by: 'them', text: 'I am waiting here', kind: 'location' },
      {
        by: 'exec',
        text: 'Hi {name}, sorry for the wait. Let me check with the driver right away.',
      },
      {
        by: 'exec',
        text: 'Your driver {driver} ({cab}) is 10 minutes away, stuck near the toll plaza.',
      },
      { by: 'them', text: 'Ok please ask him to hurry, I have a train to catch.' },
      {
        by: 'exec',
        text: 'Done, he is on the way. I will stay on this chat until you are picked up.',
      },
      { by: 'them', text: 'Cab reached, thanks.' },
    ],
  },
  {
    topic: 'refund',
    tags: ['Refund'],
    turns: [
      {
        by: 'them',
        text: 'I cancelled {booking} yesterday but the refund of {fare} is not credited.',
      },
      { by: 'them', text: 'Screenshot of the payment', kind: 'image' },
      {
        by: 'exec',
        text: 'Hi {name}, I can see the cancellation. The refund was initiated today.',
      },
      { by: 'exec', text: 'It usually reaches your bank account in 5-7 working days.' },
      { by: 'them', text: 'Can you share the refund reference number?' },
      {
        by: 'exec',
        text: 'The refund receipt is attached. The reference is on top of the page.',
        kind: 'document',
      },
    ],
  },
  {
    topic: 'invoice',
    tags: ['Invoice request'],
    turns: [
      { by: 'them', text: 'Please send me the GST invoice for trip {booking}.' },
      {
        by: 'exec',
        text: 'Hi {name}, here is the invoice for your trip from {from} to {to}.',
        kind: 'document',
      },
      { by: 'them', text: 'Received, thank you!' },
    ],
  },
  {
    topic: 'cancellation',
    tags: ['Cancellation'],
    turns: [
      { by: 'them', text: 'I want to cancel my booking {booking}, my plans changed.' },
      {
        by: 'exec',
        text: 'Hi {name}, I can help. Cancellation is free up to 2 hours before pickup.',
      },
      { by: 'them', text: 'Yes please cancel it.' },
      {
        by: 'exec',
        text: 'Booking {booking} is cancelled. The advance of {amount} will be refunded.',
      },
    ],
  },
  {
    topic: 'lost_item',
    tags: ['Lost item'],
    turns: [
      { by: 'them', text: 'I left my laptop bag in the cab after trip {booking}.' },
      { by: 'them', text: 'Voice note with details', kind: 'audio' },
      {
        by: 'exec',
        text: 'Hi {name}, I am sorry to hear that. I am calling the driver {driver} now.',
      },
      {
        by: 'exec',
        text: 'The driver found the bag. He can drop it at your address by 8 pm today.',
      },
      { by: 'them', text: 'That is a relief, thank you so much.' },
    ],
  },
  {
    topic: 'fare',
    tags: ['New booking'],
    turns: [
      { by: 'them', text: 'What is the fare for an SUV from {from} to {to} this Saturday?' },
      {
        by: 'exec',
        text: 'Hi {name}, an SUV one way from {from} to {to} is {fare} including driver allowance.',
      },
      { by: 'them', text: 'Are tolls included?' },
      {
        by: 'exec',
        text: 'Tolls and parking are paid as actuals. Shall I send you the booking link?',
      },
    ],
  },
  {
    topic: 'payment_failed',
    tags: ['Payment failed'],
    turns: [
      { by: 'them', text: 'Payment for {booking} failed but money got deducted from my account.' },
      { by: 'exec', text: 'Hi {name}, please share the UPI transaction id so I can trace it.' },
      { by: 'them', text: 'Here is the screenshot', kind: 'image' },
      {
        by: 'exec',
        text: 'Thanks. The bank will reverse it within 48 hours. Your booking is confirmed.',
      },
    ],
  },
  {
    topic: 'driver_behaviour',
    tags: ['Driver behaviour', 'Complaint'],
    turns: [
      {
        by: 'them',
        text: 'The driver of {booking} was rude and asked for extra cash for the toll.',
      },
      {
        by: 'exec',
        text: 'Hi {name}, I am really sorry. This is not acceptable and I have escalated it.',
      },
      { by: 'them', text: 'I paid 300 extra. I want it back.' },
      { by: 'exec', text: 'We will refund the {amount} collected extra to your wallet today.' },
    ],
  },
];

export const DRIVER_SCRIPTS: ConversationScript[] = [
  {
    topic: 'payment_dues',
    tags: ['Partner payment dues'],
    turns: [
      { by: 'them', text: 'Sir my account is blocked for trips, why?' },
      { by: 'exec', text: 'Hi {name}, your partner account has {amount} dues pending.' },
      { by: 'exec', text: 'Please pay using the link in the template below.', kind: 'template' },
      { by: 'them', text: 'Paid just now', kind: 'image' },
      {
        by: 'exec',
        text: 'Thank you, the payment is received. Trips will start again within an hour.',
      },
    ],
  },
  {
    topic: 'documents',
    tags: ['Documents pending'],
    turns: [
      { by: 'them', text: 'I uploaded my new RC but it still shows pending.' },
      { by: 'them', text: 'RC copy', kind: 'document' },
      { by: 'exec', text: 'Hi {name}, the verification team will approve it within 24 hours.' },
      { by: 'them', text: 'Ok sir.' },
    ],
  },
  {
    topic: 'trip_dispute',
    tags: ['Trip dispute'],
    turns: [
      { by: 'them', text: 'Customer of {booking} cancelled after I reached pickup. Who pays me?' },
      { by: 'them', text: 'Video from the pickup point', kind: 'video' },
      {
        by: 'exec',
        text: 'Hi {name}, a cancellation fee of 300 rupees will be credited to your wallet.',
      },
      { by: 'them', text: 'Thanks sir.' },
    ],
  },
  {
    topic: 'trip_query',
    tags: [],
    turns: [
      { by: 'them', text: 'Is trip {booking} from {from} confirmed for tomorrow?' },
      {
        by: 'exec',
        text: 'Hi {name}, yes it is confirmed. Please reach the pickup 15 minutes early.',
      },
      { by: 'them', text: 'Sending my current location', kind: 'location' },
      { by: 'them', text: 'Voice message', kind: 'audio' },
    ],
  },
];

/** Lines the simulator sends as new customer messages. */
export const CUSTOMER_LINES = [
  'Hi, where is my cab? Booking {booking}',
  'The driver is not picking up the phone',
  'Can I change the pickup time for {booking}?',
  'Please share the invoice for my last trip',
  'My refund has not come yet',
  'Is the fare from {from} to {to} inclusive of tolls?',
  'I want to cancel my booking',
  'Thanks, the driver has arrived',
  'Payment failed but amount debited',
  'Can I add one more stop on the way?',
  'Do you have an Innova available for Sunday?',
  'Driver is asking for extra money for parking',
];

/** Lines the simulator sends as new driver messages. */
export const DRIVER_LINES = [
  'Sir my payment for last week is not received',
  'Customer is not coming to the pickup point for {booking}',
  'My account is showing blocked',
  'Please send the payment link again',
  'I reached pickup location, customer phone switched off',
  'When will my documents get approved?',
  'Toll amount was paid by me, please add it',
];
