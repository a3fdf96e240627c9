import { anAssignment, anSlaAlert } from '../../testing/payload-fixtures';
import {
  ConsoleAlert,
  assignmentAlert,
  keepAlert,
  minutesWaited,
  slaConsoleAlert,
} from './console-alert';

const assignment = anAssignment;
const sla = anSlaAlert;

describe('console alerts', () => {
  it('says who a new or reassigned chat is from', () => {
    expect(assignmentAlert(assignment(), 'assigned').text).toBe('New chat from Ravi Kumar');
    expect(assignmentAlert(assignment({ reason: 'Shift ended' }), 'reassigned').text).toBe(
      "Ravi Kumar's chat was reassigned to you: Shift ended",
    );
    expect(assignmentAlert(assignment(), 'reassigned').text).toBe(
      "Ravi Kumar's chat was reassigned to you.",
    );
  });

  it('names a customer with no name, or a stand-in like "WhatsApp 0001", by number', () => {
    expect(assignmentAlert(assignment({ customer_name: ' ' }), 'assigned').text).toBe(
      'New chat from +91 98000 00001',
    );
    expect(slaConsoleAlert(sla({ customer_name: 'WhatsApp 0001', level: 'breach' })).text).toBe(
      'SLA breached: +91 98000 00001',
    );
  });

  it('cuts a name of any length, and the whole line, before it reaches a toast', () => {
    const huge = 'Ravi'.repeat(250_000);
    const alert = assignmentAlert(assignment({ customer_name: huge }), 'assigned');
    expect(alert.text.length).toBeLessThan(80);
    expect(alert.text).toBe(`New chat from ${huge.slice(0, 59)}…`);
    const reason = 'x'.repeat(5_000);
    const reassigned = assignmentAlert(assignment({ reason }), 'reassigned');
    expect(reassigned.text.length).toBeLessThanOrEqual(200);
    expect(slaConsoleAlert(sla({ customer_name: huge })).text.length).toBeLessThan(80);
  });

  it('words SLA warnings by minutes waited, and breaches plainly', () => {
    expect(minutesWaited(sla())).toBe(4);
    expect(slaConsoleAlert(sla()).text).toBe('Ravi Kumar has waited 4 min');
    expect(slaConsoleAlert(sla()).kind).toBe('sla_warning');
    const breach = slaConsoleAlert(sla({ level: 'breach' }));
    expect(breach.text).toBe('SLA breached: Ravi Kumar');
    expect(breach.kind).toBe('sla_breach');
    expect(minutesWaited(sla({ raised_at: '2026-11-25T10:00:10.000Z' }))).toBe(1);
  });

  it('keeps the newest alerts first, up to the limit, each once', () => {
    const alert = (id: string): ConsoleAlert => ({
      id,
      kind: 'assigned',
      chatId: id,
      text: id,
      at: '2026-11-25T10:00:00.000Z',
      seen: false,
    });
    let list: readonly ConsoleAlert[] = [];
    for (const id of ['a', 'b', 'c', 'd']) {
      list = keepAlert(list, alert(id), 3);
    }
    expect(list.map((a) => a.id)).toEqual(['d', 'c', 'b']);
    expect(keepAlert(list, alert('c'), 3)).toBe(list);
  });
});
