import type { PresenceStatus } from '../../src/contract';
import { StaffDirectory, type StaffRow } from '../auth/staff-directory';

/**
 * Who is online: an executive counts as online while at least one of their sockets is connected and
 * the presence they chose is `online`. Connections live in memory; the chosen presence in SQLite.
 */
export class Presence {
  private readonly connections = new Map<string, number>();

  constructor(private readonly staff: StaffDirectory) {}

  /** Records a connected socket; returns whether the effective status changed. */
  connect(executiveId: string): boolean {
    const before = this.statusOf(executiveId);
    this.connections.set(executiveId, (this.connections.get(executiveId) ?? 0) + 1);
    return before !== this.statusOf(executiveId);
  }

  /** Records a closed socket; returns whether the effective status changed. */
  disconnect(executiveId: string): boolean {
    const before = this.statusOf(executiveId);
    const left = (this.connections.get(executiveId) ?? 1) - 1;
    if (left <= 0) {
      this.connections.delete(executiveId);
    } else {
      this.connections.set(executiveId, left);
    }
    return before !== this.statusOf(executiveId);
  }

  /** Stores the presence an executive chose; returns whether the effective status changed. */
  choose(executiveId: string, status: PresenceStatus): boolean {
    const before = this.statusOf(executiveId);
    this.staff.setPresence(executiveId, status);
    return before !== this.statusOf(executiveId);
  }

  /** The effective status of a staff member. */
  statusOf(executiveId: string): PresenceStatus {
    if (!this.connections.has(executiveId)) {
      return 'offline';
    }
    return this.staff.byId(executiveId)?.presence ?? 'offline';
  }

  /** Executives that can take a new chat now, in round-robin order. */
  onlineExecutives(): StaffRow[] {
    return this.staff
      .executives()
      .filter((row) => this.connections.has(row.executive_id) && row.presence === 'online');
  }
}
