import { ComponentFixture, DeferBlockBehavior, TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';

import { AlternateNumbersResponse } from '../../../contract';

import { aChat } from '../../testing/payload-fixtures';
import { CustomerPanel } from './customer-panel';
import {
  FakeConversation,
  PanelApis,
  fakeConversation,
  foldedText,
  panelApis,
  providePanelTesting,
  troubleAt,
} from './testing/panel-testing';

const CUSTOMER_CHAT = aChat({
  chat_id: 'chat_s001',
  customer_number: '+917204949394',
  customer_name: 'Geeta Kapoor',
});
const DRIVER_CHAT = aChat({
  chat_id: 'chat_s061',
  customer_number: '+918247385066',
  customer_name: 'Venkatesh Mishra',
  stakeholder: 'driver',
});
/** One of that partner's drivers writing from his own number. */
const FLEET_DRIVER_CHAT = aChat({
  chat_id: 'chat_s081',
  customer_number: '+918624110779',
  customer_name: 'Salim Das',
  stakeholder: 'driver',
});

describe('CustomerPanel', () => {
  let apis: PanelApis;
  let conversation: FakeConversation;
  let fixture: ComponentFixture<CustomerPanel>;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({
      imports: [CustomerPanel],
      providers: providePanelTesting(apis, conversation),
      deferBlockBehavior: DeferBlockBehavior.Manual,
    });
    await TestBed.compileComponents();
    fixture = TestBed.createComponent(CustomerPanel);
    await fixture.whenStable();
  }

  /** The frame painted, and the task after it, where the panel starts loading. */
  const afterPaint = () =>
    new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

  async function openChat(chat: typeof CUSTOMER_CHAT | null): Promise<void> {
    conversation.chat.set(chat);
    await fixture.whenStable();
    await afterPaint();
    await fixture.whenStable();
  }

  function badge(): string {
    return fixture.nativeElement.querySelector('.who .badge').textContent.trim();
  }

  function text(): string {
    return foldedText(fixture.nativeElement);
  }

  beforeEach(() => {
    apis = panelApis();
    conversation = fakeConversation();
  });

  it('asks the executive to open a chat when none is open', async () => {
    await render();
    expect(text()).toContain('Open a chat to see who you are talking to');
    expect(apis.py.fetchContextHistory).not.toHaveBeenCalled();
  });

  it('shows a customer chat: who it is, the timeline and the rides', async () => {
    await render();
    await openChat(CUSTOMER_CHAT);
    expect(fixture.nativeElement.querySelector('h2').textContent).toBe('Geeta Kapoor');
    expect(text()).toContain('Customer');
    expect(fixture.nativeElement.querySelector('app-context-timeline')).not.toBeNull();
    expect(fixture.nativeElement.querySelector('app-rides-section')).not.toBeNull();
    expect(fixture.nativeElement.querySelector('app-partner-card')).toBeNull();
    expect(apis.partner.getPartner).not.toHaveBeenCalled();
  });

  it('starts loading once the conversation has painted, not in the same frame', async () => {
    await render();
    conversation.chat.set(CUSTOMER_CHAT);
    await fixture.whenStable();
    expect(apis.py.fetchContextHistory).not.toHaveBeenCalled();
    await afterPaint();
    await fixture.whenStable();
    expect(apis.py.fetchContextHistory).toHaveBeenCalled();
    expect(fixture.nativeElement.querySelector('h2').textContent).toBe('Geeta Kapoor');
  });

  it('shows a driver chat: the partner and the DCO account', async () => {
    await render();
    await openChat(DRIVER_CHAT);
    expect(badge()).toBe('Driver partner');
    expect(fixture.nativeElement.querySelector('app-partner-card')).not.toBeNull();
    expect(fixture.nativeElement.querySelector('app-dco-account')).not.toBeNull();
    expect(apis.partner.getPartner).toHaveBeenCalledWith({ phone: '+918247385066' });
    expect(apis.py.fetchContextHistory).not.toHaveBeenCalled();
  });

  it('calls one of the partner’s drivers a driver, and says so only once it can be told', async () => {
    const alternates = new Subject<AlternateNumbersResponse>();
    apis.partner.getAlternateNumbers.and.returnValue(alternates);
    await render();
    await openChat(FLEET_DRIVER_CHAT);
    expect(badge()).toBe('Driver or partner');
    alternates.next({ partner_id: 'PTR20001', alternate_numbers: [] });
    alternates.complete();
    await fixture.whenStable();
    expect(badge()).toBe('Driver');
    expect(text()).not.toContain('Driver partner');
  });

  it('names a customer chat’s writer in full on hover however long the name', async () => {
    const name = 'वेंकटेश्वर सुब्रमण्यम अय्यर 🚕 Venkateshwara Subramaniam Iyer of Bengaluru';
    await render();
    await openChat({ ...CUSTOMER_CHAT, customer_name: name });
    expect(fixture.nativeElement.querySelector('h2').getAttribute('title')).toBe(name);
    expect(badge()).toBe('Customer');
  });

  it('renders the sections below the fold when they are scrolled to', async () => {
    await render();
    await openChat(DRIVER_CHAT);
    const blocks = await fixture.getDeferBlocks();
    expect(blocks.length).toBe(4);
    expect(fixture.nativeElement.querySelector('app-dco-transactions')).toBeNull();
    await blocks[0].render(2);
    expect(fixture.nativeElement.querySelector('app-dco-transactions')).not.toBeNull();
  });

  it('keeps the cached sections through live updates of the same chat', async () => {
    await render();
    await openChat(CUSTOMER_CHAT);
    await openChat({ ...CUSTOMER_CHAT, version: 9, unread_count: 2 });
    expect(apis.py.fetchContextHistory).toHaveBeenCalledTimes(1);
    expect(apis.py.fetchRides).toHaveBeenCalledTimes(1);
  });

  it('loads again when another chat opens, and again on coming back', async () => {
    await render();
    await openChat(CUSTOMER_CHAT);
    await openChat(DRIVER_CHAT);
    await openChat(CUSTOMER_CHAT);
    expect(apis.py.fetchContextHistory).toHaveBeenCalledTimes(2);
    expect(fixture.nativeElement.querySelector('h2').textContent).toBe('Geeta Kapoor');
  });

  it('keeps the rest of the panel when one back end is down', async () => {
    apis.py.fetchRides.and.returnValue(
      troubleAt('pySmartChat', 'The chat service is having trouble right now.'),
    );
    await render();
    await openChat(CUSTOMER_CHAT);
    expect(text()).toContain('Booked a Sedan from Chennai to Pondicherry');
    expect(text()).toContain('The chat service is having trouble right now.');
  });
});
