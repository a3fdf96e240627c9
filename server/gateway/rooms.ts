/** Socket.IO room names of the gateway. */
export const rooms = {
  chat: (chatId: string) => `chat:${chatId}`,
  executive: (executiveId: string) => `executive:${executiveId}`,
  supervisors: 'supervisors',
  executives: 'executives',
  staff: 'staff',
} as const;
