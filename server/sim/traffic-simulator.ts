import type { Stakeholder } from '../../src/contract';
import { contactContext, firstName } from '../domain/contact-context';
import type { DomainContext } from '../domain/domain-context';
import { type InboundInput, receiveInbound } from '../domain/messaging';
import { CUSTOMER_LINES, DRIVER_LINES } from '../seed/conversation-scripts';
import { sampleMedia } from '../seed/media-files';
import { Prng } from '../seed/prng';
import { FIRST_NAMES, LAST_NAMES } from '../seed/seed-vocabulary';

const TYPING_LEAD_MS = 1500;

/**
 * Makes customers and drivers write in at about `ratePerMinute` messages a minute: mostly into open
 * chats, sometimes reopening a resolved one or starting a new one. Shows them typing first.
 */
export class TrafficSimulator {
  private timer: NodeJS.Timeout | null = null;
  private readonly prng: Prng;
  private sent = 0;

  constructor(
    private readonly ctx: DomainContext,
    private readonly ratePerMinute: number,
    private readonly log: (line: string) => void,
    seed = Date.now(),
  ) {
    this.prng = new Prng(seed);
  }

  /** Starts writing in; does nothing when the rate is not positive. */
  start(): void {
    if (this.ratePerMinute > 0 && !this.timer) {
      this.schedule();
    }
  }

  /** Stops writing in. */
  stop(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  /** Writes one inbound message now; returns its input. */
  writeOne(): InboundInput {
    const input = this.nextInbound();
    receiveInbound(this.ctx, input);
    this.sent += 1;
    return input;
  }

  private schedule(): void {
    const mean = 60_000 / this.ratePerMinute;
    const delay = Math.max(TYPING_LEAD_MS + 100, mean * (0.5 + this.prng.next()));
    this.timer = setTimeout(() => {
      const input = this.nextInbound();
      const chat = this.ctx.chats.rowByNumber(input.from);
      if (chat) {
        this.ctx.events.counterpartTyping({
          chat_id: chat.chat_id,
          sender: chat.stakeholder === 'driver' ? 'driver' : 'customer',
          sender_name: chat.customer_name,
        });
      }
      this.timer = setTimeout(() => {
        try {
          receiveInbound(this.ctx, input);
          this.sent += 1;
        } catch (error) {
          this.log(`simulator: ${error instanceof Error ? error.message : String(error)}`);
        }
        this.schedule();
      }, TYPING_LEAD_MS);
      this.timer.unref();
    }, delay - TYPING_LEAD_MS);
    this.timer.unref();
  }

  private nextInbound(): InboundInput {
    const roll = this.prng.next();
    let number: string;
    let stakeholder: Stakeholder;
    let name: string | undefined;
    if (roll < 0.65) {
      const row = this.randomRow(
        "SELECT customer_number AS n, stakeholder AS s FROM chats WHERE status != 'resolved'",
      );
      number = row?.n ?? this.newNumber();
      stakeholder = row?.s ?? 'customer';
    } else if (roll < 0.8) {
      const row = this.randomRow(
        "SELECT customer_number AS n, stakeholder AS s FROM chats WHERE status = 'resolved'",
      );
      number = row?.n ?? this.newNumber();
      stakeholder = row?.s ?? 'customer';
    } else if (roll < 0.93) {
      const row = this.randomRow(
        `SELECT customer_number AS n, 'customer' AS s FROM customers WHERE customer_number NOT IN (SELECT customer_number FROM chats)
         UNION ALL SELECT phone, 'driver' FROM drivers WHERE phone NOT IN (SELECT customer_number FROM chats)`,
      );
      number = row?.n ?? this.newNumber();
      stakeholder = row?.s ?? 'customer';
    } else {
      number = this.newNumber();
      stakeholder = 'customer';
      name = `${this.prng.pick(FIRST_NAMES)} ${this.prng.pick(LAST_NAMES)}`;
    }
    const context = contactContext(this.ctx.db, number, this.ctx.clock.now(), name ?? number);
    const fill: Record<string, string> = {
      booking: context.booking?.display_booking_id ?? 'my booking',
      from: context.booking?.pickup_city ?? 'Bengaluru',
      to: context.booking?.drop_city ?? 'Mysuru',
      name: firstName(context.name),
    };
    const line = this.prng.pick(stakeholder === 'driver' ? DRIVER_LINES : CUSTOMER_LINES);
    const text = line.replace(/\{(\w+)\}/g, (_, key: string) => fill[key] ?? key);
    const kindRoll = this.prng.next();
    const input: InboundInput = { from: number, name, stakeholder, text, message_type: 'text' };
    if (kindRoll < 0.06) {
      input.message_type = 'image';
      input.media = sampleMedia('image', this.sent, text);
    } else if (kindRoll < 0.1) {
      input.message_type = 'location';
      input.location = {
        latitude: 12.9716 + this.prng.next() / 50,
        longitude: 77.5946 + this.prng.next() / 50,
        name: 'Pickup point',
        address: null,
      };
      input.text = null;
    } else if (kindRoll < 0.13) {
      input.message_type = 'audio';
      input.media = sampleMedia('audio', this.sent, 'Voice note');
      input.text = null;
    }
    return input;
  }

  private randomRow(sql: string): { n: string; s: Stakeholder } | undefined {
    const rows = this.ctx.db.prepare(`${sql} LIMIT 500`).all() as { n: string; s: Stakeholder }[];
    return rows.length ? this.prng.pick(rows) : undefined;
  }

  private newNumber(): string {
    return `+91${this.prng.pick(['9', '8', '7'])}${this.prng.digits(9)}`;
  }
}
