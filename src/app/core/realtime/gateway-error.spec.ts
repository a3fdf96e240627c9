import { GATEWAY_ERROR_MESSAGES, GatewayError } from './gateway-error';

describe('GatewayError.offline', () => {
  it('tells the executive a chat loads by itself when a read fails offline', () => {
    for (const event of ['join_chat', 'fetch_chats_by_user'] as const) {
      const error = GatewayError.offline(event);
      expect(error.code).toBe('offline');
      expect(error.message).toBe(
        'Could not load this chat while offline. It loads by itself once the connection is back.',
      );
      expect(error.message).not.toContain('nothing was sent');
    }
  });

  it('tells the executive nothing was sent when a write fails offline', () => {
    for (const event of ['send_message', 'apply_tag', 'update_chat_status'] as const) {
      expect(GatewayError.offline(event).message).toBe(GATEWAY_ERROR_MESSAGES.offline);
    }
    expect(GATEWAY_ERROR_MESSAGES.offline).toContain('nothing was sent');
  });
});
