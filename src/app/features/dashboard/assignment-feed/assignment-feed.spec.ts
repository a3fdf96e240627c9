import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { AssignmentActivity } from '../state/dashboard-picture';
import { anAssignment } from '../testing/dashboard-fixtures';
import { AssignmentFeed } from './assignment-feed';

function activity(overrides: Partial<AssignmentActivity> = {}): AssignmentActivity {
  return { ...anAssignment(), id: 'x1', kind: 'assigned', ...overrides };
}

describe('AssignmentFeed', () => {
  let fixture: ComponentFixture<AssignmentFeed>;

  function render(assignments: AssignmentActivity[]): HTMLElement {
    fixture = TestBed.createComponent(AssignmentFeed);
    fixture.componentRef.setInput('assignments', assignments);
    fixture.componentRef.setInput('names', new Map([['exec-asha', 'Asha Nair']]));
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('says who got each chat and links to it', () => {
    const el = render([
      activity({
        id: 'x2',
        kind: 'reassigned',
        chat_id: 'chat-4',
        previous_executive_id: 'exec-asha',
        reason: 'Shift ending',
      }),
      activity(),
    ]);
    const details = Array.from(el.querySelectorAll('.detail')).map((d) => d.textContent);
    expect(details).toEqual([
      'Reassigned to Priya Sharma from Asha Nair: Shift ending',
      'Assigned to Priya Sharma',
    ]);
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/chats/chat-4');
  });

  it('says when nothing was assigned yet', () => {
    expect(render([]).textContent).toContain('No chats assigned since you opened the dashboard.');
  });
});
