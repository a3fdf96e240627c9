import { type Locator, type Page, expect, test } from '@playwright/test';

import { signInToChats } from './support/console';
import { hideAlertToasts, openChat, panel, reveal, section } from './support/customer-panel';
import { ASHA } from './support/demo-users';
import { addFleet, injectInbound, newCustomer, unknownNumber } from './support/stack-client';

/**
 * A partner, driver, booking and customer with names, ids and addresses as long as a back end may
 * send them (60 characters and more, Hindi and emoji), seeded through the stack for each test.
 */
async function longFleet() {
  const stamp = `${Date.now()}`.slice(-7);
  const customer = newCustomer('Anuradha');
  const fleet = await addFleet({
    partner: {
      partner_id: `PTR${stamp}`.padEnd(40, '0'),
      // The longest DCO id the back ends take (40 characters), with no space to break at.
      dco_id: `DCO${stamp}`.padEnd(40, '7'),
      name: `श्री वेंकटेश्वर ट्रैवल्स एंड टूर्स प्राइवेट लिमिटेड 🚕 Venkateshwara Travels ${stamp}`,
      phone: unknownNumber(),
      city: 'Thiruvananthapuram',
    },
    driver: {
      driver_id: `DRV-${stamp}`,
      name: `सत्यनारायण रामचंद्र मूर्ति 🙏 Satyanarayana Ramachandra Murthy ${stamp}`,
      phone: unknownNumber(),
      cab_number: `KA01AB${stamp.slice(-4)}`,
      cab_model: 'Toyota Innova Crysta 2.4 ZX 7-seater Automatic Diesel Touring Sport',
      cab_type: 'SUV',
    },
    booking: {
      display_booking_id: `OW8${stamp.slice(-6)}`,
      customer_number: customer.number,
      customer_name: `${customer.name} लक्ष्मीनारायणन सुब्रमण्यम 🌸 Lakshminarayanan`,
      pickup_address:
        'फ्लैट 1203, टावर बी, प्रेस्टीज शांतिनिकेतन, व्हाइटफ़ील्ड मुख्य मार्ग, आईटीपीएल के सामने, बेंगलुरु 560048 🏢',
      drop_address:
        'Terminal 2 Departures, Gate 4, Kempegowda International Airport, Devanahalli, Bengaluru 560300 ✈️',
      pickup_city: 'Thiruvananthapuram',
      drop_city: 'Visakhapatnam Airport Road',
    },
  });
  const booking = `OW8${stamp.slice(-6)}`;
  const driver = await injectInbound({
    number: fleet.driver_phone,
    name: `सत्यनारायण रामचंद्र मूर्ति 🙏 Satyanarayana Ramachandra Murthy ${stamp}`,
    stakeholder: 'driver',
    text: `मेरा भुगतान अभी तक नहीं आया 🙏 My payout for ${booking} has not come yet.`,
  });
  const rider = await injectInbound({
    number: customer.number,
    name: `${customer.name} लक्ष्मीनारायणन सुब्रमण्यम 🌸 Lakshminarayanan`,
    text: `Where is the driver for ${booking}? 🚕`,
  });
  return {
    fleet,
    booking,
    driverChat: { id: driver.chat.chat_id, name: driver.chat.customer_name },
    customerChat: { id: rider.chat.chat_id, name: rider.chat.customer_name },
  };
}

/**
 * What in `area` (the panel, a dialog) sticks out of it sideways, scrolls sideways, or is cut
 * short with no title to read it by: a list of the elements, empty when everything fits.
 */
async function layoutProblems(area: Locator): Promise<string[]> {
  return area.evaluate((root) => {
    const edge = root.getBoundingClientRect();
    const problems: string[] = [];
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${(element.textContent ?? '').trim().slice(0, 50)}"`;
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('.cdk-visually-hidden')) {
        continue;
      }
      if (box.left < edge.left - 1 || box.right > edge.right + 1) {
        problems.push(`${describe(element)} sticks out of the panel`);
      }
      const style = getComputedStyle(element);
      const wider = element.scrollWidth > element.clientWidth + 1;
      if (wider && (style.overflowX === 'auto' || style.overflowX === 'scroll')) {
        problems.push(`${describe(element)} scrolls sideways`);
      }
      if (wider && (style.overflowX === 'hidden' || style.overflowX === 'clip')) {
        const text = (element.textContent ?? '').trim();
        const title = element.closest('[title]')?.getAttribute('title') ?? '';
        if (!title.includes(text)) {
          problems.push(`${describe(element)} is cut short with no title`);
        }
      }
    }
    return problems;
  });
}

/** Brings every section of the panel in (they are built as they come into view), then checks. */
async function expectPanelFits(page: Page, sections: string[], shot: string): Promise<void> {
  for (const heading of sections) {
    await reveal(page, heading);
  }
  await panel(page)
    .locator('.sections')
    .evaluate((element) => element.scrollTo(0, 0));
  expect(await layoutProblems(panel(page))).toEqual([]);
  await page.screenshot({
    path: test.info().outputPath(`${shot}-top.png`),
    animations: 'disabled',
  });
  // One picture a section, to look at (the check above covers them all).
  for (const heading of sections) {
    await reveal(page, heading);
    await page.screenshot({
      path: test.info().outputPath(`${shot}-${heading.toLowerCase().replaceAll(' ', '-')}.png`),
      animations: 'disabled',
    });
  }
}

/** The driver chat and the customer chat of a long fleet, each checked at the page's size. */
async function checkBothChats(page: Page, size: string): Promise<void> {
  test.setTimeout(180_000);
  await hideAlertToasts(page);
  await signInToChats(page, ASHA);
  const { fleet, booking, driverChat, customerChat } = await longFleet();

  await openChat(page, driverChat);
  await expect(panel(page).locator('header .badge')).toHaveText('Driver');
  const partner = section(page, 'Partner');
  await expect(partner.getByRole('note')).toContainText(`drives for partner श्री वेंकटेश्वर`);
  await expect(partner.getByRole('button', { name: `Copy DCO id ${fleet.dco_id}` })).toBeVisible();
  await expect(section(page, 'DCO account')).toContainText(fleet.dco_id);
  await expectPanelFits(
    page,
    ['DCO account', 'Transactions', 'Payment link', 'Change DCO status', 'Booking lookup'],
    `driver-${size}`,
  );

  // The payment link's confirmation names the partner and the driver in full, inside the window.
  const paytm = await reveal(page, 'Payment link');
  await paytm.getByRole('button', { name: 'Send payment link' }).click();
  const confirm = page.getByRole('dialog', { name: 'Send a payment link?' });
  await expect(confirm).toContainText(`goes to partner श्री वेंकटेश्वर`);
  await expect(confirm).toContainText(fleet.dco_id);
  expect(await layoutProblems(confirm)).toEqual([]);
  await expect(confirm.getByRole('button', { name: 'Send link' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({
    path: test.info().outputPath(`paytm-confirm-${size}.png`),
    animations: 'disabled',
  });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();

  await openChat(page, customerChat);
  const lookup = await reveal(page, 'Booking lookup');
  await lookup.getByRole('button', { name: `Look up booking ${booking}` }).click();
  const driver = lookup.getByRole('group', { name: 'Driver' });
  await expect(driver).toContainText('Satyanarayana Ramachandra Murthy');
  await expect(driver).toContainText('Venkateshwara Travels');
  await expect(lookup).toContainText('Kempegowda International Airport');
  await expectPanelFits(page, ['Rides', 'Booking lookup'], `customer-${size}`);
  await driver.scrollIntoViewIfNeeded();
  await page.screenshot({
    path:
      size === '1280x720'
        ? 'docs/screenshots/customer-panel-long-text-1280x720.png'
        : test.info().outputPath(`customer-${size}-driver.png`),
    animations: 'disabled',
  });
}

test.describe('long names, ids and addresses in the customer panel', () => {
  test.describe('at 1440 x 900', () => {
    test('nothing overflows or is cut unreadably', async ({ page }) => {
      await checkBothChats(page, '1440x900');
    });
  });

  test.describe('at 1280 x 720', () => {
    test.use({ viewport: { width: 1280, height: 720 } });
    test('nothing overflows or is cut unreadably', async ({ page }) => {
      await checkBothChats(page, '1280x720');
    });
  });

  test.describe('at 1024 x 576 and 125 % zoom', () => {
    test.use({ viewport: { width: 1024, height: 576 }, deviceScaleFactor: 1.25 });
    test('nothing overflows or is cut unreadably', async ({ page }) => {
      await checkBothChats(page, '1024x576-125');
    });
  });
});
