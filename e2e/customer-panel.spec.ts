import { type Locator, type Page, expect, test } from '@playwright/test';

import { conversationTitle, messageLog, signInToChats } from './support/console';
import {
  backendOrigin,
  hideAlertToasts,
  openChat,
  panel,
  reveal,
  section,
  takeDown,
} from './support/customer-panel';
import { ASHA, PRIYA, SUPERVISOR } from './support/demo-users';
import { staffPages } from './support/staff-pages';

/** A seeded customer chat of Asha's: two bookings (one upcoming, one with a driver), searches. */
const CUSTOMER_CHAT = { id: 'chat_s001', name: 'Geeta Kapoor', number: '+917204949394' };
/** A seeded booking of another customer, with another driver. */
const OTHER_BOOKING = 'OW8721244';
/** A seeded driver chat of Priya's: partner PTR20002 / DCO10002, 70 transactions, dues. */
const DRIVER_CHAT = { id: 'chat_s062', name: 'Venkatesh Yadav', number: '+916023793653' };
/** A seeded driver chat of Priya's from Salim Das, who drives for that partner (DCO10002). */
const FLEET_DRIVER_CHAT = { id: 'chat_s082', name: 'Salim Das', number: '+916847496608' };

/** Picks an option of one of the form's selects. */
async function choose(page: Page, form: Locator, label: string, option: string): Promise<void> {
  await form.getByRole('combobox', { name: label, exact: true }).click();
  await page
    .getByRole('listbox', { name: label, exact: true })
    .getByRole('option', { name: option, exact: true })
    .click();
}

/** Changes the DCO status in the form, for documents pending, and waits for the answer. */
async function changeStatus(
  page: Page,
  form: Locator,
  status: 'Active' | 'Suspended',
  remarks: string,
): Promise<void> {
  await choose(page, form, 'New status', status);
  await choose(page, form, 'Reason', 'Partner');
  await choose(page, form, 'Detailed reason', 'Documents pending');
  await form.getByRole('textbox', { name: 'Remarks' }).fill(remarks);
  await form.getByRole('button', { name: 'Change status' }).click();
  await expect(
    form.getByRole('status').filter({ hasText: `now ${status.toLowerCase()}` }),
  ).toBeVisible();
}

/** The internal notes in the open conversation's timeline that hold `text`. */
function timelineNote(page: Page, text: string): Locator {
  return messageLog(page)
    .getByRole('article', { name: /^Internal note by / })
    .filter({ hasText: text });
}

const staffPage = staffPages();

test.describe('customer panel', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(180_000);
    await hideAlertToasts(page);
  });

  test('a customer chat shows the timeline, rides, booking, driver and photos', async ({
    page,
  }) => {
    const accessKeyCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/getAccessKey')) {
        accessKeyCalls.push(request.url());
      }
    });
    await signInToChats(page, ASHA);
    await openChat(page, CUSTOMER_CHAT);
    await expect(panel(page)).toContainText('Customer');
    await expect(panel(page).getByRole('button', { name: /^Copy WhatsApp number/ })).toHaveText(
      new RegExp(CUSTOMER_CHAT.number.replace('+', '\\+')),
    );

    const timeline = section(page, 'Context history');
    const events = timeline.getByRole('listitem');
    await expect(events.first()).toContainText('Booked a Sedan from Chennai to Pondicherry');
    await expect(events.first()).toContainText(/ ago/);
    await expect(timeline).toContainText('Trip completed with driver');

    const rides = section(page, 'Rides');
    await expect(rides.getByRole('list', { name: 'Upcoming rides' })).toContainText(
      'Chennai → Pondicherry',
    );
    await expect(
      rides.getByRole('list', { name: 'Search history' }).getByRole('listitem'),
    ).not.toHaveCount(0);

    // A ride opens its booking, which has no driver yet.
    await rides
      .getByRole('button', { name: /^Open booking OW\d{7}, Chennai to Pondicherry/ })
      .click();
    const lookup = section(page, 'Booking lookup');
    const details = lookup.getByRole('group', { name: 'Booking details' });
    await expect(details).toContainText('Chennai → Pondicherry');
    await expect(details).toContainText('No driver assigned to this booking yet.');
    await expect(lookup.getByRole('textbox', { name: 'Booking id' })).toHaveValue(/^OW\d{7}$/);

    // A booking mentioned in the chat is offered as a chip.
    await expect(
      lookup.getByRole('group', { name: 'Mentioned in this chat' }).getByRole('button'),
    ).toContainText([/OW\d{7}/]);

    // The timeline opens the completed booking: driver and photos.
    const completed = timeline.getByRole('button', { name: /^Open booking OW\d{7}$/ }).last();
    const completedId = (await completed.textContent())!.trim();
    await completed.click();
    await expect(details).toContainText(completedId);
    await expect(details).toContainText('Completed');
    const driver = details.getByRole('group', { name: 'Driver' });
    await expect(driver).toContainText('Rating');
    // Whom the driver drives for, as the rest of the panel names a partner.
    await expect(driver).toContainText('Anwar Rao');
    await expect(
      driver.getByRole('button', { name: "Copy partner's phone number +919486571180" }),
    ).toBeVisible();
    await expect(driver.getByRole('button', { name: 'Copy DCO id DCO10006' })).toBeVisible();
    await expect(
      driver.getByRole('button', { name: /^Copy driver's phone number \+91/ }),
    ).toBeVisible();
    const photos = driver.getByRole('list', { name: 'Driver and cab photos' }).getByRole('img');
    await expect(photos).toHaveCount(4);
    for (const photo of await photos.all()) {
      await expect(photo).toHaveAttribute('src', /^https?:\/\//);
      await expect
        .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
    }

    // A typed id with another driver: new photos, with the access key already held.
    const input = lookup.getByRole('textbox', { name: 'Booking id' });
    await input.fill('OW1234');
    await lookup.getByRole('button', { name: 'Look up', exact: true }).click();
    await expect(lookup.getByRole('alert')).toContainText('OW followed by 7 digits');
    const firstPhoto = await photos.first().getAttribute('src');
    await input.fill(OTHER_BOOKING.toLowerCase());
    await lookup.getByRole('button', { name: 'Look up', exact: true }).click();
    await expect(details).toContainText(OTHER_BOOKING);
    await expect(photos).toHaveCount(4);
    await expect(photos.first()).not.toHaveAttribute('src', firstPhoto!);
    expect(accessKeyCalls).toHaveLength(1);
  });

  test('a driver chat shows the partner, transactions, payment link and status change', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInToChats(page, PRIYA);
    await openChat(page, DRIVER_CHAT);
    await expect(panel(page).locator('header .badge')).toHaveText('Driver partner');

    const partner = section(page, 'Partner');
    await expect(partner).toContainText('PTR20002');
    await partner.getByRole('button', { name: 'Copy DCO id DCO10002' }).click();
    await expect(partner.getByRole('status').filter({ hasText: 'Copied DCO id' })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('DCO10002');
    await expect(partner.getByRole('list', { name: 'Other numbers' })).toBeVisible();

    const account = section(page, 'DCO account');
    await expect(account.getByRole('group', { name: 'Wallet' })).toContainText(/₹[\d,]+\.\d\d/);

    // Transactions: paged and sorted by the back end.
    const transactions = await reveal(page, 'Transactions');
    const table = transactions.getByRole('table', { name: 'Wallet transactions' });
    await expect(table.getByRole('row')).toHaveCount(11);
    await expect(transactions).toContainText('1 – 10 of 70');
    await transactions.getByRole('button', { name: 'Next page of transactions' }).click();
    await expect(transactions).toContainText('11 – 20 of 70');
    await table.getByRole('button', { name: 'Amount' }).click();
    await expect(transactions).toContainText('1 – 10 of 70');
    const amounts = await table.locator('td.mat-column-amount span:first-child').allTextContents();
    const values = amounts.map((text) => Number(text.replace(/[^\d.]/g, '')));
    expect(values).toEqual([...values].sort((a, b) => a - b));

    // Payment link, after a confirmation.
    const paytm = await reveal(page, 'Payment link');
    await paytm.getByRole('button', { name: 'Send payment link' }).click();
    const confirm = page.getByRole('dialog', { name: 'Send a payment link?' });
    await expect(confirm).toContainText(DRIVER_CHAT.number);
    await confirm.getByRole('button', { name: 'Send link' }).click();
    await expect(confirm).toBeHidden();
    await expect(
      paytm.getByRole('status').filter({ hasText: `on ${DRIVER_CHAT.number}` }),
    ).toContainText(/Link for ₹[\d,]+\.\d\d sent to Venkatesh Yadav on/);

    // Status change with the tag taxonomy, then back.
    const form = await reveal(page, 'Change DCO status');
    await form.getByRole('button', { name: 'Change status' }).click();
    await expect(form).toContainText('Choose the new status.');
    await choose(page, form, 'New status', 'Suspended');
    await choose(page, form, 'Reason', 'Partner');
    await choose(page, form, 'Detailed reason', 'Documents pending');
    await form.getByRole('textbox', { name: 'Remarks' }).fill('RC copy still pending review.');
    await form.getByRole('button', { name: 'Change status' }).click();
    await expect(form.getByRole('status').filter({ hasText: 'now suspended' })).toContainText(
      'Partner DCO10002 is now suspended.',
    );
    await expect(partner).toContainText('Suspended');

    await choose(page, form, 'New status', 'Active');
    await form.getByRole('combobox', { name: 'Search reasons' }).fill('trip dis');
    await page.getByRole('option', { name: 'Partner › Trip dispute', exact: true }).click();
    await expect(form.getByRole('combobox', { name: 'Detailed reason' })).toContainText(
      'Trip dispute',
    );
    await form.getByRole('textbox', { name: 'Remarks' }).fill('Documents verified, reactivated.');
    await form.getByRole('button', { name: 'Change status' }).click();
    await expect(form.getByRole('status').filter({ hasText: 'now active' })).toContainText(
      'Partner DCO10002 is now active.',
    );
    await expect(partner).toContainText('Active');
  });

  test('a driver of a partner: who is who, and the panel’s actions leave a note for the next one', async ({
    page,
    browser,
  }) => {
    await signInToChats(page, PRIYA);
    await openChat(page, FLEET_DRIVER_CHAT);

    // Who is who: Salim Das writes, a driver; his partner pays the dues and gets the link.
    await expect(panel(page).locator('header .badge')).toHaveText('Driver');
    const partner = section(page, 'Partner');
    await expect(partner.getByRole('note')).toContainText(
      'Salim Das drives for partner Venkatesh Yadav, DCO10002. The partner pays the dues and gets the payment links.',
    );
    await expect(section(page, 'DCO account').getByRole('group', { name: 'Wallet' })).toContainText(
      'Dues of partner Venkatesh Yadav',
    );
    await page.screenshot({
      path: 'docs/screenshots/driver-for-partner.png',
      animations: 'disabled',
    });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({
      path: test.info().outputPath('driver-for-partner-1280x720.png'),
      animations: 'disabled',
    });
    await page.setViewportSize({ width: 1440, height: 900 });

    const paytm = await reveal(page, 'Payment link');
    await expect(paytm).toContainText(/Venkatesh Yadav has dues of ₹[\d,.]+ outstanding\./);
    await expect(paytm).toContainText('The link goes to them, not to Salim Das.');
    await paytm.getByRole('button', { name: 'Send payment link' }).click();
    const confirm = page.getByRole('dialog', { name: 'Send a payment link?' });
    await expect(confirm).toContainText(
      `goes to partner Venkatesh Yadav (DCO10002) on ${DRIVER_CHAT.number}`,
    );
    await expect(confirm).toContainText('Salim Das, who is writing, drives for this partner');
    await expect(confirm).toContainText('Outstanding dues of Venkatesh Yadav');
    await confirm.getByRole('button', { name: 'Send link' }).click();
    await expect(
      paytm.getByRole('status').filter({ hasText: 'sent to Venkatesh Yadav' }),
    ).toContainText(`Link for ₹2,372.00 sent to Venkatesh Yadav on ${DRIVER_CHAT.number}.`);

    // The timeline shows who sent what to whom, at once.
    const linkNote = timelineNote(page, 'sent a payment link');
    await expect(linkNote).toHaveCount(1);
    await expect(linkNote).toContainText('Internal note · You');
    await expect(linkNote.locator('.content')).toHaveText(
      new RegExp(
        `^Priya Sharma sent a payment link for ₹[\\d,]+ to Venkatesh Yadav \\(DCO10002\\) on \\${DRIVER_CHAT.number}\\.$`,
      ),
    );

    // A status change: from what to what, and why.
    const form = await reveal(page, 'Change DCO status');
    await changeStatus(page, form, 'Suspended', 'Licence copy awaited from Salim.');
    const statusNote = timelineNote(page, 'changed the status');
    await expect(statusNote).toContainText(
      /Priya Sharma changed the status of Venkatesh Yadav \(DCO10002\) from \w+ to Suspended\. Reason: Partner › Documents pending\. Remarks: Licence copy awaited from Salim\./,
    );
    await statusNote.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: 'docs/screenshots/side-panel-trace.png',
      animations: 'disabled',
    });

    // The next one to open the chat sees both.
    const supervisor = await staffPage(browser, SUPERVISOR);
    await hideAlertToasts(supervisor);
    await supervisor.goto(`/chats/${FLEET_DRIVER_CHAT.id}`);
    await expect(conversationTitle(supervisor)).toHaveText(FLEET_DRIVER_CHAT.name, {
      timeout: 30_000,
    });
    await expect(timelineNote(supervisor, 'sent a payment link')).toContainText(
      'Internal note · Priya Sharma',
    );
    await expect(timelineNote(supervisor, 'changed the status')).toContainText(
      'from Active to Suspended',
    );

    // Back as it was, for the other tests (this leaves its own note too).
    await changeStatus(page, form, 'Active', 'Licence received.');
    await expect(timelineNote(supervisor, 'from Suspended to Active')).toHaveCount(1);
  });

  test('a back end that fails mid-way only takes its own sections down', async ({ page }) => {
    await signInToChats(page, PRIYA);
    await openChat(page, DRIVER_CHAT);
    const partner = section(page, 'Partner');
    await expect(partner).toContainText('PTR20002');
    const transactions = await reveal(page, 'Transactions');
    await expect(transactions).toContainText('1 – 10 of 70');

    const partnerEnrol = await backendOrigin(page, 'partnerEnrollApi');
    await takeDown(page, partnerEnrol);

    // Partner enrol is down: the payment link fails with a clear message...
    const paytm = await reveal(page, 'Payment link');
    await paytm.getByRole('button', { name: 'Send payment link' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send link' }).click();
    await expect(paytm.getByRole('alert')).toContainText('This service is down for maintenance.');
    // ...while node admin sections keep working.
    await transactions.getByRole('button', { name: 'Next page of transactions' }).click();
    await expect(transactions).toContainText('11 – 20 of 70');
    await expect(partner).toContainText('PTR20002');

    // A customer chat with node admin down: the timeline and rides load, the booking fails alone.
    await page.unroute(`${partnerEnrol}/**`);
    const nodeAdmin = await backendOrigin(page, 'nodejsOnewayAdminUrl');
    await takeDown(page, nodeAdmin);
    await openChat(page, CUSTOMER_CHAT);
    await expect(section(page, 'Context history').getByRole('listitem').first()).toBeVisible();
    await expect(
      section(page, 'Rides').getByRole('list', { name: 'Upcoming rides' }),
    ).toBeVisible();
    const lookup = section(page, 'Booking lookup');
    await section(page, 'Rides')
      .getByRole('button', { name: /^Open booking OW\d{7}, Chennai to Pondicherry/ })
      .click();
    await expect(lookup.getByRole('alert')).toContainText('This service is down for maintenance.');
    await expect(section(page, 'Context history')).toContainText('Booked a Sedan');

    // Back up: "Try again" loads the booking.
    await page.unroute(`${nodeAdmin}/**`);
    await lookup.getByRole('button', { name: 'Try again to load the booking' }).click();
    await expect(lookup.getByRole('group', { name: 'Booking details' })).toContainText(
      'Chennai → Pondicherry',
    );
  });
});

test.describe('customer panel screenshots, for docs/screenshots', () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(180_000);
    await hideAlertToasts(page);
  });

  test('a customer panel with a booking, and a driver panel', async ({ page }) => {
    await signInToChats(page, ASHA);
    await openChat(page, CUSTOMER_CHAT);
    const timeline = section(page, 'Context history');
    await expect(timeline.getByRole('listitem').first()).toBeVisible();
    await expect(
      section(page, 'Rides').getByRole('list', { name: 'Upcoming rides' }),
    ).toBeVisible();
    await page.screenshot({ path: 'docs/screenshots/customer-panel.png', animations: 'disabled' });

    await timeline
      .getByRole('button', { name: /^Open booking OW\d{7}$/ })
      .last()
      .click();
    const photos = section(page, 'Booking lookup').getByRole('img');
    await expect(photos).toHaveCount(4);
    for (const photo of await photos.all()) {
      await expect
        .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
    }
    await page.screenshot({
      path: 'docs/screenshots/customer-panel-booking.png',
      animations: 'disabled',
    });

    await openChat(page, DRIVER_CHAT);
    await expect(section(page, 'Partner')).toContainText('PTR20002');
    await expect(section(page, 'DCO account').getByRole('group', { name: 'Wallet' })).toBeVisible();
    await page.screenshot({ path: 'docs/screenshots/driver-panel.png', animations: 'disabled' });
  });
});
