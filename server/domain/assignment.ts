import { readMeta, writeMeta, type Db } from '../db/database';
import type { StaffRow } from '../auth/staff-directory';
import type { Presence } from './presence';

/**
 * Round-robin over the online executives. The last pick is stored, so a restart continues the
 * rotation instead of sending the next chat to the first executive again.
 */
export class RoundRobinAssigner {
  constructor(
    private readonly db: Db,
    private readonly presence: Presence,
  ) {}

  /** The executive who takes the next new chat, or null when nobody is online. */
  next(): StaffRow | null {
    const online = this.presence.onlineExecutives();
    if (online.length === 0) {
      return null;
    }
    const last = readMeta(this.db, 'round_robin_last') ?? '';
    const pick = online.find((row) => row.executive_id > last) ?? online[0];
    writeMeta(this.db, 'round_robin_last', pick.executive_id);
    return pick;
  }
}
