import type {
  ChatAssignment,
  Chats,
  ExecutiveStatusUpdate,
  InternalNote,
  Message,
  SlaAlert,
  TagUpdate,
  TypingPayload,
} from '../../src/contract';
import type { ChatEvents } from '../domain/chat-events';
import type { DomainContext } from '../domain/domain-context';
import { dashboardStats, driverChatStats, statsForExecutive } from '../domain/stats';
import { rooms } from './rooms';
import type { GatewayServer } from './socket-types';

/**
 * Turns domain events into server events for the right rooms. Multi-room emits go through one
 * `to(a).to(b)` chain, so a socket in several of the rooms gets the event once.
 */
export class Broadcaster implements ChatEvents {
  private statsTimer: NodeJS.Timeout | null = null;
  private context: DomainContext | null = null;

  constructor(
    private readonly io: GatewayServer,
    private readonly statsThrottleMs: number,
  ) {}

  /** Connects the domain whose stats are pushed; called once the context exists. */
  attach(context: DomainContext): void {
    this.context = context;
  }

  messageCreated(message: Message, chat: Chats): void {
    let target = this.io.to(rooms.chat(chat.chat_id)).to(rooms.supervisors);
    if (chat.assigned_executive_id) {
      target = target.to(rooms.executive(chat.assigned_executive_id));
    }
    target.emit('new_message', message);
  }

  chatUpdated(chat: Chats): void {
    this.io.to(rooms.staff).emit('room_update', chat);
  }

  chatAssigned(assignment: ChatAssignment, kind: 'assigned' | 'reassigned'): void {
    let target = this.io.to(rooms.executive(assignment.executive_id)).to(rooms.supervisors);
    if (assignment.previous_executive_id) {
      target = target.to(rooms.executive(assignment.previous_executive_id));
    }
    target.emit(kind === 'assigned' ? 'chat_assigned' : 'chat_reassigned', assignment);
  }

  tagUpdated(update: TagUpdate): void {
    this.io.to(rooms.staff).emit('tag_updated', update);
  }

  noteAdded(note: InternalNote, chat: Chats): void {
    let target = this.io.to(rooms.chat(chat.chat_id));
    if (chat.assigned_executive_id) {
      target = target.to(rooms.executive(chat.assigned_executive_id));
    }
    target.emit('note_added', note);
  }

  executiveStatus(update: ExecutiveStatusUpdate): void {
    this.io.to(rooms.staff).emit('executive_status', update);
  }

  slaAlert(alert: SlaAlert): void {
    const target = alert.executive_id
      ? this.io.to(rooms.executive(alert.executive_id))
      : this.io.to(rooms.executives);
    target.to(rooms.supervisors).emit('sla_alert', alert);
  }

  counterpartTyping(payload: TypingPayload): void {
    this.io.to(rooms.chat(payload.chat_id)).emit('user_typing', payload);
  }

  /** Pushes fresh stats at most once per throttle window, after the burst that caused them. */
  statsChanged(): void {
    if (this.statsTimer) {
      return;
    }
    this.statsTimer = setTimeout(() => {
      this.statsTimer = null;
      this.pushStats();
    }, this.statsThrottleMs);
    this.statsTimer.unref();
  }

  /**
   * Emits both stats events to every staff socket now: `dashboard_stats` whole to supervisors, and
   * to each executive with only their own load (`statsForExecutive`).
   */
  pushStats(): void {
    if (!this.context) {
      return;
    }
    const stats = dashboardStats(this.context);
    this.io.to(rooms.supervisors).emit('dashboard_stats', stats);
    for (const load of stats.executives) {
      this.io
        .to(rooms.executive(load.executive_id))
        .emit('dashboard_stats', statsForExecutive(stats, load.executive_id));
    }
    this.io.to(rooms.staff).emit('driver-chat-stats', driverChatStats(this.context));
  }

  /** Cancels a pending stats push (on shutdown). */
  stop(): void {
    if (this.statsTimer) {
      clearTimeout(this.statsTimer);
      this.statsTimer = null;
    }
  }
}
