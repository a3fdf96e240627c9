import type { StaffRole } from '../../src/contract';
import { StaffDirectory } from '../auth/staff-directory';
import type { Db } from '../db/database';
import { RoundRobinAssigner } from './assignment';
import type { ChatEvents } from './chat-events';
import { ChatStore } from './chat-store';
import type { Clock } from './clock';
import { MessageStore } from './message-store';
import { Presence } from './presence';
import type { StackSettings } from './stack-settings';
import { TemplateCatalog } from './template-catalog';

/** Everything a domain operation needs, built once per running stack. */
export interface DomainContext {
  db: Db;
  clock: Clock;
  settings: StackSettings;
  chats: ChatStore;
  messages: MessageStore;
  staff: StaffDirectory;
  presence: Presence;
  assigner: RoundRobinAssigner;
  templates: TemplateCatalog;
  events: ChatEvents;
}

/** Wires the stores of one database together. */
export function createDomainContext(
  db: Db,
  clock: Clock,
  settings: StackSettings,
  events: ChatEvents,
): DomainContext {
  const staff = new StaffDirectory(db);
  const presence = new Presence(staff);
  return {
    db,
    clock,
    settings,
    chats: new ChatStore(db),
    messages: new MessageStore(db),
    staff,
    presence,
    assigner: new RoundRobinAssigner(db, presence),
    templates: new TemplateCatalog(db),
    events,
  };
}

/** The staff member acting, as the JWT names them. */
export interface Actor {
  executive_id: string;
  name: string;
  role: StaffRole;
}
