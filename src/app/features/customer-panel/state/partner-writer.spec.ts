import { aPartner } from '../testing/panel-fixtures';
import { CUSTOMER_SUBJECT, DRIVER_SUBJECT, FLEET_DRIVER_SUBJECT } from '../testing/panel-testing';
import { partnerWriterOf, samePhone, writerKindOf } from './partner-writer';

describe('partnerWriterOf', () => {
  const settled = { settled: true, numbers: [] };

  it('takes the partner’s own number for the partner', () => {
    expect(partnerWriterOf(DRIVER_SUBJECT, aPartner(), settled)).toEqual({
      isDriver: false,
      writerName: 'Venkatesh Mishra',
      partnerName: 'Venkatesh Mishra',
      dcoId: 'DCO10001',
      partnerPhone: '+918247385066',
    });
  });

  it('takes another number for one of the partner’s drivers, named as the chat names them', () => {
    expect(partnerWriterOf(FLEET_DRIVER_SUBJECT, aPartner(), settled)).toEqual(
      jasmine.objectContaining({ isDriver: true, writerName: 'Salim Das' }),
    );
    expect(
      partnerWriterOf({ ...FLEET_DRIVER_SUBJECT, name: 'WhatsApp 0779' }, aPartner(), settled)
        ?.writerName,
    ).toBe('+91 86241 10779');
  });

  it('waits for the other numbers before calling anyone a driver', () => {
    const loading = { settled: false, numbers: [] };
    expect(partnerWriterOf(FLEET_DRIVER_SUBJECT, aPartner(), loading)).toBeNull();
    expect(partnerWriterOf(DRIVER_SUBJECT, aPartner(), loading)?.isDriver).toBeFalse();
    const alternate = { number: FLEET_DRIVER_SUBJECT.number, label: 'Office', verified: true };
    expect(
      partnerWriterOf(FLEET_DRIVER_SUBJECT, aPartner(), { settled: true, numbers: [alternate] })
        ?.isDriver,
    ).toBeFalse();
  });

  it('says nothing before the partner is known', () => {
    expect(partnerWriterOf(FLEET_DRIVER_SUBJECT, null, settled)).toBeNull();
    expect(partnerWriterOf(null, aPartner(), settled)).toBeNull();
  });
});

describe('samePhone', () => {
  it('compares numbers by their last ten digits, whatever the spacing or prefix', () => {
    expect(samePhone('+91 98450 12345', '09845012345')).toBeTrue();
    expect(samePhone('+919845012345', '+919845012346')).toBeFalse();
    expect(samePhone('', '')).toBeFalse();
  });
});

describe('writerKindOf', () => {
  const settled = { settled: true, numbers: [] };

  it('calls a customer a customer', () => {
    expect(writerKindOf(CUSTOMER_SUBJECT, null).label).toBe('Customer');
  });

  it('calls the partner a driver partner, and one of their drivers a driver', () => {
    const partner = partnerWriterOf(DRIVER_SUBJECT, aPartner(), settled);
    expect(writerKindOf(DRIVER_SUBJECT, partner)).toEqual({
      label: 'Driver partner',
      detail: 'DCO10001: pays the dues and gets the payment links',
    });
    const driver = partnerWriterOf(FLEET_DRIVER_SUBJECT, aPartner(), settled);
    expect(writerKindOf(FLEET_DRIVER_SUBJECT, driver)).toEqual({
      label: 'Driver',
      detail: 'Drives for partner Venkatesh Mishra, DCO10001',
    });
  });

  it('says neither while it cannot be told', () => {
    expect(writerKindOf(FLEET_DRIVER_SUBJECT, null)).toEqual({
      label: 'Driver or partner',
      detail: null,
    });
  });
});
