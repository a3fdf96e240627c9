import { expect, test } from '@playwright/test';

import type { Message, WhatsappTemplate } from '../src/contract';
import {
  chatRow,
  composer,
  conversationTitle,
  messageBubble,
  messageLog,
  signInToChats,
} from './support/console';
import { ASHA } from './support/demo-users';
import { recordPageFaults } from './support/page-faults';
import { tapGatewaySocket } from './support/socket-tap';
import { injectInbound, newCustomer } from './support/stack-client';
import { XSS_PAYLOADS } from './support/xss-payloads';

const AT = new Date().toISOString();

test('script in every field a customer or the back end controls is shown as text and never runs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const faults = await recordPageFaults(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __xssRuns: number; __xss: () => void };
    w.__xssRuns = 0;
    w.__xss = () => {
      w.__xssRuns += 1;
    };
  });
  const tap = await tapGatewaySocket(page);
  await page.route('**/api/templates?**', (route) =>
    route.fulfill({
      json: {
        stakeholder: 'customer',
        templates: XSS_PAYLOADS.map((payload, i): WhatsappTemplate => ({
          template_id: `tpl-xss-${i}`,
          name: `xss_${i}`,
          stakeholder: 'customer',
          category: 'utility',
          language: 'en',
          body: `Hello {{name}} ${payload}`,
          variables: ['name'],
        })),
      },
    }),
  );
  await signInToChats(page, ASHA);

  const host = newCustomer('Zoya');
  const first = await injectInbound({ ...host, text: 'Hello, I need help with a refund.' });
  const chatId = first.chat.chat_id;

  await chatRow(page, host.name).click();
  await expect(conversationTitle(page)).toHaveText(host.name);

  await test.step(`customers write ${XSS_PAYLOADS.length} payloads as names and messages`, async () => {
    for (const payload of XSS_PAYLOADS) {
      await injectInbound({ number: host.number, text: payload });
      await injectInbound({ number: newCustomer('X').number, name: payload, text: payload });
    }
  });

  await test.step('every message is shown as its own characters', async () => {
    await expect(messageBubble(page, XSS_PAYLOADS[XSS_PAYLOADS.length - 1])).toBeVisible();
    await expect(
      messageLog(page).getByText('<img src=x onerror=__xss()>', { exact: true }).first(),
    ).toBeVisible();
  });

  await test.step('the back end sends hostile file names, captions, senders, tags and notes', async () => {
    const last = first.message.seq + XSS_PAYLOADS.length;
    XSS_PAYLOADS.forEach((payload, i) => {
      const document: Message = {
        message_id: `xss-doc-${i}`,
        client_message_id: null,
        chat_id: chatId,
        seq: last + 1 + i,
        sender_type: 'customer',
        sender_id: host.number,
        sender_name: payload,
        message_type: i % 2 === 0 ? 'document' : 'image',
        text: null,
        media: {
          media_id: `xss-media-${i}`,
          mime_type: i % 2 === 0 ? 'text/html' : 'image/svg+xml',
          file_name: payload,
          size_bytes: 2048,
          caption: payload,
        },
        location: null,
        template: null,
        status: 'delivered',
        created_at: AT,
      };
      tap.emit('new_message', document);
      tap.emit('note_added', {
        note_id: `xss-note-${i}`,
        chat_id: chatId,
        content: payload,
        author_id: 'exec_asha',
        author_name: payload,
        created_at: AT,
      });
    });
    tap.emit('tag_updated', {
      chat_id: chatId,
      tag: XSS_PAYLOADS[0],
      action: 'applied',
      tags: XSS_PAYLOADS.slice(0, 8),
      updated_by: XSS_PAYLOADS[1],
      updated_at: AT,
    });
    await expect(
      messageLog(page).getByRole('button', { name: `Download ${XSS_PAYLOADS[52]}` }),
    ).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Tags of this chat' }).getByText(XSS_PAYLOADS[7]),
    ).toBeVisible();
    // Notes show in the timeline, between the messages.
    await expect(
      messageLog(page).getByText(XSS_PAYLOADS[40], { exact: true }).first(),
    ).toBeAttached();
  });

  await test.step('an executive writes a payload as a note', async () => {
    await page.getByRole('radio', { name: 'Note' }).click();
    const note = '<img src=x onerror=__xss()> check <script>__xss()</script>';
    await page.getByRole('textbox', { name: 'Write an internal note' }).fill(note);
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('article', { name: 'Internal note by Asha Nair' })).toContainText(
      note,
    );
    await page.getByRole('radio', { name: 'Reply' }).click();
  });

  await test.step('template bodies with payloads are listed as text', async () => {
    await page.getByRole('button', { name: 'Templates' }).click();
    const picker = page.getByRole('dialog', { name: 'Send a template' });
    await expect(picker.getByText(XSS_PAYLOADS[21], { exact: false }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
  });

  await test.step('only http(s) addresses are links, opening apart from the console', async () => {
    await expect(composer(page)).toBeVisible();
    const links = await messageLog(page)
      .locator('a[href]')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({
          protocol: new URL((a as HTMLAnchorElement).href).protocol,
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel'),
        })),
      );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(['http:', 'https:']).toContain(link.protocol);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
  });

  const runs = await page.evaluate(() => (window as unknown as { __xssRuns: number }).__xssRuns);
  const violations = await faults.violations();
  console.warn(
    `XSS: ${XSS_PAYLOADS.length} payloads, ${runs} executions, ${dialogs.length} dialogs, ` +
      `${violations.length} CSP violations`,
  );
  expect(runs).toBe(0);
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
  expect(faults.uncaught).toEqual([]);
  expect(faults.consoleErrors).toEqual([]);
});
