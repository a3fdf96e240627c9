/** Tunables of the chat domain, as `config` reports them. */
export interface StackSettings {
  sla: { first_reply_seconds: number; next_reply_seconds: number; warning_seconds: number };
  whatsapp_window_hours: number;
  max_message_length: number;
  page_size: number;
  reassign_reasons: string[];
}

export const DEFAULT_SETTINGS: StackSettings = {
  sla: { first_reply_seconds: 300, next_reply_seconds: 600, warning_seconds: 60 },
  whatsapp_window_hours: 24,
  max_message_length: 4096,
  page_size: 50,
  reassign_reasons: [
    'Shift ending',
    'Needs a language I do not speak',
    'Escalation to a senior executive',
    'Workload balancing',
    'Customer asked for a callback',
    'Driver / partner specialist needed',
  ],
};
