import type { Config } from '../../src/contract';
import { tagCatalog } from './chat-annotations';
import type { DomainContext } from './domain-context';

/** The options the console offers, as the `config` event reports them. */
export function chatConfig(ctx: DomainContext): Config {
  const { settings } = ctx;
  return {
    statuses: ['active', 'pending', 'resolved'],
    executives: ctx.staff.executives().map((row) => ({
      executive_id: row.executive_id,
      name: row.name,
      status: ctx.presence.statusOf(row.executive_id),
    })),
    tags: tagCatalog(ctx),
    reassign_reasons: [...settings.reassign_reasons],
    sla: { ...settings.sla },
    whatsapp_window_hours: settings.whatsapp_window_hours,
    max_message_length: settings.max_message_length,
    page_size: settings.page_size,
  };
}
