import type { Executive, PresenceStatus, StaffRole } from '../../src/contract';
import type { Db } from '../db/database';
import { hashPassword, verifyPassword } from './passwords';

export interface StaffRow {
  executive_id: string;
  name: string;
  email: string;
  role: StaffRole;
  password_hash: string;
  presence: PresenceStatus;
}

let dummyHash: string | null = null;

/** A hash no password is known for: an unknown email costs as much to check as a known one. */
export function dummyPasswordHash(): string {
  dummyHash ??= hashPassword(`no account ${Math.random()}`);
  return dummyHash;
}

/** Staff accounts: sign-in checks and the presence each executive chose. */
export class StaffDirectory {
  constructor(
    private readonly db: Db,
    private readonly verify: (password: string, stored: string) => boolean = verifyPassword,
  ) {}

  /** A staff member by id, or null. */
  byId(executiveId: string): StaffRow | null {
    const row = this.db.prepare('SELECT * FROM staff WHERE executive_id = ?').get(executiveId);
    return (row as StaffRow | undefined) ?? null;
  }

  /**
   * The staff member with these credentials, or null. An unknown email is checked against a dummy
   * hash, so that it is answered in the time a known one takes.
   */
  authenticate(email: string, password: string): StaffRow | null {
    const row = this.db
      .prepare('SELECT * FROM staff WHERE email = ? COLLATE NOCASE')
      .get(email.trim()) as StaffRow | undefined;
    if (!row) {
      this.verify(password, dummyPasswordHash());
      return null;
    }
    return this.verify(password, row.password_hash) ? row : null;
  }

  /** Every executive (not supervisors), in round-robin order. */
  executives(): StaffRow[] {
    return this.db
      .prepare("SELECT * FROM staff WHERE role = 'executive' ORDER BY executive_id")
      .all() as StaffRow[];
  }

  /** Records the presence an executive chose. */
  setPresence(executiveId: string, presence: PresenceStatus): void {
    this.db
      .prepare('UPDATE staff SET presence = ? WHERE executive_id = ?')
      .run(presence, executiveId);
  }
}

/** The public view of a staff member with an effective presence. */
export function toExecutive(row: StaffRow, status: PresenceStatus): Executive {
  return {
    executive_id: row.executive_id,
    name: row.name,
    email: row.email,
    role: row.role,
    status,
  };
}
