import { ApplicationRef, ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialog } from '@angular/material/dialog';

import { LazyDialog } from './lazy-dialog';

@Component({
  selector: 'app-probe-dialog',
  template: '<p>{{ data }}</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class ProbeDialog {
  readonly data = inject<string>(MAT_DIALOG_DATA);
}

describe('LazyDialog', () => {
  let lazy: LazyDialog;
  let stable: boolean;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    lazy = TestBed.inject(LazyDialog);
    TestBed.inject(ApplicationRef).isStable.subscribe((value) => (stable = value));
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('opens the dialog once its code has loaded, and keeps the app busy until then', async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const opening = lazy.open(
      async () => {
        await arrived;
        return ProbeDialog;
      },
      { data: 'Hello' },
    );
    expect(stable).toBeFalse();
    expect(TestBed.inject(MatDialog).openDialogs).toEqual([]);

    arrive();
    const ref = await opening;
    await TestBed.inject(ApplicationRef).whenStable();
    expect(stable).toBeTrue();
    expect(TestBed.inject(MatDialog).openDialogs).toEqual([ref]);
    expect(ref.componentInstance).toBeInstanceOf(ProbeDialog);
    expect(document.querySelector('app-probe-dialog')?.textContent).toBe('Hello');
  });

  it('lets the caller decide how to open, with the dialog service and what it loaded', async () => {
    const title = await lazy.run(
      async () => 'Keyboard shortcuts',
      (dialog, loaded) => `${dialog.openDialogs.length}:${loaded}`,
    );
    expect(title).toBe('0:Keyboard shortcuts');
  });
});
