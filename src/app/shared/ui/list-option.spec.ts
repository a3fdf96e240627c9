import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ListOption } from './list-option';

@Component({
  imports: [ListOption],
  template: `<div [appListOption]="'eta'" optionId="opt-eta" (picked)="picked.push($event)">
    Where is my cab?
  </div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly picked: string[] = [];
}

describe('ListOption', () => {
  it('is an option with its id, says when it is highlighted, and is picked by a click', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = (fixture.nativeElement as HTMLElement).querySelector('div')!;
    expect(element.getAttribute('role')).toBe('option');
    expect(element.id).toBe('opt-eta');
    expect(element.getAttribute('aria-selected')).toBe('false');

    const option = fixture.debugElement.children[0].injector.get(ListOption);
    option.setActiveStyles();
    fixture.detectChanges();
    expect(element.getAttribute('aria-selected')).toBe('true');
    expect(element.classList).toContain('active');

    element.click();
    expect(fixture.componentInstance.picked).toEqual(['eta']);
  });
});
