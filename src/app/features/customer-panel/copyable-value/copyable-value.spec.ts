import { Clipboard } from '@angular/cdk/clipboard';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatTooltipHarness } from '@angular/material/tooltip/testing';

import { CopyableValue } from './copyable-value';

describe('CopyableValue', () => {
  it('copies the value with one click and says so', async () => {
    const clipboard = jasmine.createSpyObj<Clipboard>('Clipboard', ['copy']);
    clipboard.copy.and.returnValue(true);
    TestBed.configureTestingModule({ providers: [{ provide: Clipboard, useValue: clipboard }] });
    const fixture = TestBed.createComponent(CopyableValue);
    fixture.componentRef.setInput('value', '+918247385066');
    fixture.componentRef.setInput('label', 'phone number');
    await fixture.whenStable();
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button');
    expect(button.getAttribute('aria-label')).toBe('Copy phone number +918247385066');
    button.click();
    await fixture.whenStable();
    expect(clipboard.copy).toHaveBeenCalledWith('+918247385066');
    expect(fixture.nativeElement.querySelector('[role="status"]').textContent).toContain(
      'Copied phone number',
    );
    const tooltip = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatTooltipHarness);
    await tooltip.show();
    expect(await tooltip.getTooltipText()).toBe('Copied');
  });

  it('tells the executive to copy by hand when the browser refuses', async () => {
    const clipboard = jasmine.createSpyObj<Clipboard>('Clipboard', ['copy']);
    clipboard.copy.and.returnValue(false);
    TestBed.configureTestingModule({ providers: [{ provide: Clipboard, useValue: clipboard }] });
    const fixture = TestBed.createComponent(CopyableValue);
    fixture.componentRef.setInput('value', 'DCO10001');
    fixture.componentRef.setInput('label', 'DCO id');
    await fixture.whenStable();
    fixture.nativeElement.querySelector('button').click();
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role="status"]').textContent).toContain(
      'Could not copy',
    );
  });
});
