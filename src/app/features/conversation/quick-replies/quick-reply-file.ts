import { FACT_NAMES, isFactName } from '../../../core/state/chat-facts';
import { variablesOf } from './reply-variables';

/** One quick reply: what the list shows, and the text with `{variables}` it puts in the reply. */
export interface QuickReply {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  /** Whether the executive saved it in this browser (and may delete it). */
  readonly own?: boolean;
}

/** The team's replies that passed the check, and what was wrong with the others. */
export interface QuickReplyCheck {
  readonly replies: readonly QuickReply[];
  readonly problems: readonly string[];
}

/** Where the team's replies are deployed, beside `config.json`. */
export const QUICK_REPLIES_URL = 'quick-replies.json';

/** Longest title the list shows in full. */
export const MAX_TITLE_LENGTH = 80;
/** Longest reply body; WhatsApp takes 4,096 characters, and a canned reply should be far shorter. */
export const MAX_BODY_LENGTH = 1000;

const ID = /^[a-z0-9][a-z0-9-]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkEntry(entry: unknown, where: string, seen: Set<string>): string[] {
  if (!isRecord(entry)) {
    return [`${where} must be an object with "id", "title" and "body".`];
  }
  const problems: string[] = [];
  const { id, title, body } = entry;
  if (typeof id !== 'string' || !ID.test(id)) {
    problems.push(
      `${where}: "id" must be lowercase letters, digits and dashes, like "where-is-my-cab".`,
    );
  } else if (seen.has(id)) {
    problems.push(`${where}: the id "${id}" is used twice; give each reply its own id.`);
  }
  if (typeof title !== 'string' || title.trim() === '') {
    problems.push(`${where}: "title" is missing: say what the customer asked.`);
  } else if (title.length > MAX_TITLE_LENGTH) {
    problems.push(`${where}: "title" is longer than ${MAX_TITLE_LENGTH} characters.`);
  }
  if (typeof body !== 'string' || body.trim() === '') {
    problems.push(`${where}: "body" is missing: write the reply the customer will read.`);
  } else if (body.length > MAX_BODY_LENGTH) {
    problems.push(`${where}: "body" is longer than ${MAX_BODY_LENGTH} characters.`);
  } else {
    const unknown = variablesOf(body).filter((name) => !isFactName(name));
    if (unknown.length > 0) {
      problems.push(
        `${where}: "body" uses ${unknown.map((n) => `{${n}}`).join(', ')}, which the console ` +
          `cannot fill. Use one of ${FACT_NAMES.map((n) => `{${n}}`).join(', ')}.`,
      );
    }
  }
  return problems;
}

/**
 * Checks an untrusted `quick-replies.json` body (`{ "replies": [{ id, title, body }] }`). Good
 * entries are kept; each bad one is named by its position and id, so whoever deploys the file
 * knows which line to fix, and the rest of the team's replies still work meanwhile.
 */
export function checkQuickReplies(raw: unknown): QuickReplyCheck {
  if (!isRecord(raw) || !Array.isArray(raw['replies'])) {
    return {
      replies: [],
      problems: ['quick-replies.json must hold an object with a "replies" list.'],
    };
  }
  const replies: QuickReply[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  raw['replies'].forEach((entry: unknown, index) => {
    const id = isRecord(entry) && typeof entry['id'] === 'string' ? ` ("${entry['id']}")` : '';
    const entryProblems = checkEntry(entry, `Reply ${index + 1}${id}`, seen);
    if (entryProblems.length > 0) {
      problems.push(...entryProblems);
      return;
    }
    const reply = entry as { id: string; title: string; body: string };
    seen.add(reply.id);
    replies.push({ id: reply.id, title: reply.title.trim(), body: reply.body.trim() });
  });
  return { replies, problems };
}

/**
 * Fetches and checks the team's replies. Never throws: a missing or unreadable file is a problem
 * the list shows, and the executive's own replies keep working. `no-cache` asks the server every
 * time whether the file changed, so an edited file reaches the console without a stale copy.
 */
export async function loadQuickReplies(
  fetchFn: typeof fetch,
  url: string = QUICK_REPLIES_URL,
): Promise<QuickReplyCheck> {
  const fail = (problem: string): QuickReplyCheck => ({ replies: [], problems: [problem] });
  let response: Response;
  try {
    response = await fetchFn(url, { cache: 'no-cache', credentials: 'same-origin' });
  } catch {
    return fail(`${url} could not be loaded. Check your connection; your own replies still work.`);
  }
  if (!response.ok) {
    return fail(
      `${url} answered HTTP ${response.status}: the team's replies are not deployed. ` +
        'Your own replies still work.',
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fail(`${url} is not valid JSON. Ask whoever deploys the console to fix it.`);
  }
  return checkQuickReplies(body);
}
