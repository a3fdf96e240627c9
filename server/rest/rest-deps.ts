import type { LoginLimiter } from '../auth/login-limiter';
import type { NodeSessions } from '../auth/node-sessions';
import type { StaffSessions } from '../auth/staff-sessions';
import type { StaffTokens } from '../auth/staff-tokens';
import type { DomainContext } from '../domain/domain-context';

/** What the REST routers need from the running stack. */
export interface RestDeps {
  ctx: DomainContext;
  tokens: StaffTokens;
  sessions: NodeSessions;
  staffSessions: StaffSessions;
  /** Failed sign-ins per account and address, shared by `loginV2` and node `login`. */
  loginLimiter: LoginLimiter;
}
