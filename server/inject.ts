import { parseArgs } from 'node:util';

/**
 * `npm run inject -- --number +919812345678 --text "Where is my cab?"`: sends an inbound WhatsApp
 * message to the running local stack, which writes it and broadcasts it live.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      number: { type: 'string', short: 'n' },
      text: { type: 'string', short: 't' },
      name: { type: 'string' },
      type: { type: 'string' },
      stakeholder: { type: 'string' },
      id: { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.number) {
    process.stdout.write(
      [
        'Usage: npm run inject -- --number <+91...> [--text "..."] [--name "..."]',
        '         [--type text|image|document|audio|video|location] [--stakeholder customer|driver]',
        '         [--id <whatsapp message id>] [--url http://localhost:4100]',
      ].join('\n') + '\n',
    );
    process.exit(values.help ? 0 : 2);
  }
  const base =
    values.url ??
    process.env['STACK_URL'] ??
    `http://127.0.0.1:${process.env['PY_SMART_CHAT_PORT'] ?? process.env['STACK_PORT_BASE'] ?? 4100}`;
  const body = {
    number: values.number,
    text: values.text ?? (values.type && values.type !== 'text' ? undefined : 'Hello'),
    name: values.name,
    type: values.type,
    stakeholder: values.stakeholder,
    client_message_id: values.id,
  };
  let response: Response;
  try {
    response = await fetch(`${base}/dev/inject`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    process.stderr.write(`No local stack answers at ${base}. Start it with "npm run stack".\n`);
    process.exit(1);
  }
  const result = (await response.json()) as {
    error?: { message: string };
    message?: { message_id: string; seq: number };
    chat?: {
      chat_id: string;
      customer_name: string;
      customer_number: string;
      assigned_executive_name: string | null;
    };
    duplicate?: boolean;
  };
  if (!response.ok || !result.message || !result.chat) {
    process.stderr.write(
      `Refused (${response.status}): ${result.error?.message ?? 'unknown error'}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(
    `${result.duplicate ? 'Already delivered' : 'Delivered'} ${result.message.message_id} (seq ${result.message.seq}) ` +
      `to chat ${result.chat.chat_id} with ${result.chat.customer_name || result.chat.customer_number}; ` +
      `assigned to ${result.chat.assigned_executive_name ?? 'nobody (visible in All)'}.\n`,
  );
}

void main();
