import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { expect, test } from '@playwright/test';

import type { Chats, Message, Stakeholder } from '../../src/contract';
import type { FleetInput, FleetResult } from '../../server/rest/dev-fleet';
import { STACK_URL } from './e2e-env';

/** What `POST /dev/inject` takes: an inbound WhatsApp message, as a customer or driver sends it. */
export interface InboundMessage {
  number: string;
  text?: string;
  name?: string;
  type?: 'text' | 'image' | 'document' | 'audio' | 'video' | 'location';
  stakeholder?: Stakeholder;
}

/** What the stack answers: the written message and the chat it landed in. */
export interface InboundResult {
  message: Message;
  chat: Chats;
  duplicate: boolean;
}

/**
 * Makes a customer (or driver) write in, through the stack's loopback-only `POST /dev/inject`, as
 * WhatsApp would: the message is stored and broadcast live to the consoles.
 */
export async function injectInbound(message: InboundMessage): Promise<InboundResult> {
  return postToStack<InboundResult>('/dev/inject', message, 'the inbound message');
}

/**
 * Adds a partner, one of their drivers and a booking of that driver's through the stack's
 * loopback-only `POST /dev/fleet`, for a test that needs names, ids or addresses the seed lacks.
 */
export async function addFleet(fleet: FleetInput): Promise<FleetResult> {
  return postToStack<FleetResult>('/dev/fleet', fleet, 'the fleet');
}

/** Posts to one of the stack's loopback-only dev routes; a refusal throws with its message. */
async function postToStack<T>(path: string, body: unknown, what: string): Promise<T> {
  const response = await fetch(`${STACK_URL}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) {
    throw new Error(`The stack refused ${what} (${response.status}): ${answer.error?.message}`);
  }
  return answer;
}

/**
 * Waits until no executive is online (`GET /dev/online`, loopback only): the consoles of the test
 * before are closed, but the stack hears their sockets go a moment later. Round-robin gives a new
 * chat to whoever is online, so a test that needs an unassigned chat waits for this first.
 */
export async function waitUntilNobodyOnline(): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await fetch(`${STACK_URL}/dev/online`);
        return ((await response.json()) as { executives: string[] }).executives;
      },
      {
        message: 'Executives were still online 5 s after the previous test closed its consoles.',
        timeout: 5_000,
      },
    )
    .toEqual([]);
}

// Surnames the seed never uses, so a test's customer cannot be mistaken for a seeded one.
const SURNAMES = [
  'Bose',
  'Naidu',
  'Thakur',
  'Saxena',
  'Malhotra',
  'Dutta',
  'Chauhan',
  'Fernandes',
  'Kamath',
  'Sethi',
  'Bhatia',
  'Rathore',
];
let counter = Math.floor(Math.random() * SURNAMES.length);

/**
 * A customer nobody has seen before: a fresh number, and a realistic name (it shows in the
 * screenshots) that no seeded contact has and that no other test of the run uses.
 */
export function newCustomer(firstName: string): { name: string; number: string } {
  const name = unusedName(firstName);
  const stamp = `${Date.now() % 1_000_000}`.padStart(6, '0');
  const serial = `${counter % 100}`.padStart(2, '0');
  // No Indian mobile number starts with 5, so no seeded contact can have this one.
  const number = `+915${stamp}${serial}${Math.floor(Math.random() * 10)}`;
  return { name, number };
}

/**
 * An Indian mobile number no seeded contact has (seeded ones are random; this one starts with 6 and
 * the time), for a contact nobody knows: write in with it and no `name`.
 */
export function unknownNumber(): string {
  counter += 1;
  const stamp = `${Date.now() % 10_000_000}`.padStart(7, '0');
  return `+916${stamp}${`${counter % 100}`.padStart(2, '0')}`;
}

/**
 * Names handed out in this run: a search by name must find one chat, never two. Kept in a file of
 * the run's output folder (emptied when a run starts), so a worker started after a failed test
 * does not hand out a name an earlier worker gave to a chat that is still on the stack.
 */
function issuedNames(): { names: Set<string>; save(): void } {
  const file = join(test.info().project.outputDir, 'issued-customer-names.json');
  const names = new Set<string>(
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [],
  );
  return {
    names,
    save: () => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify([...names]));
    },
  };
}

/** The next surname for `firstName`; a middle initial once every surname is taken. */
function unusedName(firstName: string): string {
  const issued = issuedNames();
  for (let attempt = 0; ; attempt++) {
    counter += 1;
    const surname = SURNAMES[counter % SURNAMES.length];
    const initial = Math.floor(attempt / SURNAMES.length);
    const name =
      initial === 0
        ? `${firstName} ${surname}`
        : `${firstName} ${String.fromCharCode(64 + (initial % 26))}. ${surname}`;
    if (!issued.names.has(name)) {
      issued.names.add(name);
      issued.save();
      return name;
    }
  }
}
