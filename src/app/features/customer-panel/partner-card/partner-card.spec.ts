import { ComponentFixture } from '@angular/core/testing';
import { Subject } from 'rxjs';

import { AlternateNumbersResponse } from '../../../../contract';
import { PanelSubject } from '../state/panel-subject';
import {
  DRIVER_SUBJECT,
  FLEET_DRIVER_SUBJECT,
  foldedText,
  PanelApis,
  panelApis,
  renderSection,
  troubleAt,
} from '../testing/panel-testing';
import { PartnerCard } from './partner-card';

describe('PartnerCard', () => {
  let apis: PanelApis;
  let fixture: ComponentFixture<PartnerCard>;

  async function render(subject: PanelSubject = DRIVER_SUBJECT): Promise<void> {
    fixture = await renderSection(PartnerCard, apis, subject);
  }

  function whoIsWho(): string | null {
    const note = fixture.nativeElement.querySelector('[role="note"] > span:last-child');
    return note ? foldedText(note).trim() : null;
  }

  function copyButtons(): string[] {
    return [...fixture.nativeElement.querySelectorAll('app-copyable-value button')].map(
      (b: HTMLElement) => b.getAttribute('aria-label')!,
    );
  }

  beforeEach(() => (apis = panelApis()));

  it('shows the partner with copyable ids, numbers and cab numbers', async () => {
    await render();
    expect(fixture.nativeElement.textContent).toContain('Venkatesh Mishra');
    expect(fixture.nativeElement.textContent).toContain('KYC verified');
    expect(copyButtons()).toEqual([
      'Copy partner id PTR20001',
      'Copy DCO id DCO10001',
      "Copy partner's phone number +918247385066",
      'Copy email venkatesh.travels1@example.in',
      'Copy cab number KA01AB1234',
      'Copy Home number +919934340356',
      'Copy Office number +916888458899',
    ]);
  });

  it('says nothing more when the partner writes from their own number', async () => {
    await render();
    expect(whoIsWho()).toBeNull();
  });

  it('says who is who when one of the partner’s drivers writes', async () => {
    await render(FLEET_DRIVER_SUBJECT);
    expect(whoIsWho()).toBe(
      'Salim Das drives for partner Venkatesh Mishra, DCO10001. The partner pays the dues and gets the payment links.',
    );
  });

  it('takes a chat from one of the partner’s other numbers for the partner, never a driver', async () => {
    const alternates = new Subject<AlternateNumbersResponse>();
    apis.partner.getAlternateNumbers.and.returnValue(alternates);
    await render({ ...FLEET_DRIVER_SUBJECT, number: '+91 99343 40356' });
    // Until the other numbers are in, it cannot be told: nothing is said.
    expect(whoIsWho()).toBeNull();
    alternates.next({
      partner_id: 'PTR20001',
      alternate_numbers: [{ number: '+919934340356', label: 'Home', verified: true }],
    });
    alternates.complete();
    await fixture.whenStable();
    expect(whoIsWho()).toBeNull();
    expect(fixture.nativeElement.textContent).toContain('Home');
  });

  it('keeps the partner when the other numbers fail', async () => {
    apis.partner.getAlternateNumbers.and.returnValue(
      troubleAt('partnerEnrol', 'Partner enrol is having trouble right now.'),
    );
    await render();
    expect(fixture.nativeElement.textContent).toContain('Venkatesh Mishra');
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      'Partner enrol is having trouble right now.',
    );
  });
});
