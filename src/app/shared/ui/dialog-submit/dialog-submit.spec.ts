import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, Validators } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';

import { DialogSubmit, SAVE_FAILED_MESSAGE, SaveOutcome } from './dialog-submit';
import { DialogSubmitError } from './dialog-submit-error';

interface TestDialogData {
  done?: (value: string) => void;
}

@Component({
  selector: 'app-test-dialog',
  imports: [DialogSubmitError],
  template: `<app-dialog-submit-error [submit]="submission" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestDialog {
  readonly data = inject<TestDialogData>(MAT_DIALOG_DATA);
  readonly name = new FormControl('', { nonNullable: true, validators: Validators.required });
  readonly submission = new DialogSubmit<string>({ form: this.name, done: this.data.done });
}

describe('DialogSubmit', () => {
  let ref: MatDialogRef<TestDialog, string>;
  let dialog: TestDialog;
  let closedWith: string | undefined | 'open';

  function open(data: TestDialogData = {}): void {
    ref = TestBed.inject(MatDialog).open<TestDialog, TestDialogData, string>(TestDialog, { data });
    dialog = ref.componentInstance;
    closedWith = 'open';
    ref.afterClosed().subscribe((value) => (closedWith = value));
  }

  /** A save that answers when the test says so. */
  function deferred(): {
    save: jasmine.Spy<() => Promise<SaveOutcome<string>>>;
    answer: (outcome: SaveOutcome<string>) => void;
    fail: () => void;
  } {
    let answer!: (outcome: SaveOutcome<string>) => void;
    let fail!: () => void;
    const promise = new Promise<SaveOutcome<string>>((resolve, reject) => {
      answer = resolve;
      fail = () => reject(new Error('network'));
    });
    return { save: jasmine.createSpy('save').and.returnValue(promise), answer, fail };
  }

  async function rendered(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('does not save a form with a problem, and shows every problem', async () => {
    open();
    const { save } = deferred();
    expect(await dialog.submission.submit(save)).toBeFalse();
    expect(save).not.toHaveBeenCalled();
    expect(dialog.name.touched).toBeTrue();
    expect(closedWith).toBe('open');
  });

  it('waits for the save with the form disabled, then closes with the saved value', async () => {
    open();
    dialog.name.setValue('Asha');
    const { save, answer } = deferred();
    const saved = dialog.submission.submit(save);
    expect(dialog.submission.saving()).toBeTrue();
    expect(dialog.name.disabled).toBeTrue();
    expect(ref.disableClose).toBeTrue();
    expect(await dialog.submission.submit(save)).toBeFalse();
    expect(save).toHaveBeenCalledTimes(1);
    answer({ ok: true, value: 'saved' });
    expect(await saved).toBeTrue();
    expect(closedWith).toBe('saved');
    expect(dialog.submission.saving()).toBeFalse();
    expect(ref.disableClose).toBeFalse();
  });

  it('stays open after a failure, the form as it was, and says what to do', async () => {
    open();
    dialog.name.setValue('Asha');
    const { save, answer } = deferred();
    const saved = dialog.submission.submit(save);
    answer({ ok: false, message: 'Not saved. Check your connection, then try again.' });
    expect(await saved).toBeFalse();
    await rendered();
    expect(closedWith).toBe('open');
    expect(dialog.name.enabled).toBeTrue();
    expect(dialog.name.value).toBe('Asha');
    expect(document.querySelector('app-test-dialog [role="alert"]')?.textContent).toContain(
      'Not saved. Check your connection, then try again.',
    );
    dialog.submission.clearError();
    await rendered();
    expect(document.querySelector('app-test-dialog [role="alert"]')).toBeNull();
  });

  it('explains a save that threw instead of answering', async () => {
    open();
    dialog.name.setValue('Asha');
    const { save, fail } = deferred();
    const saved = dialog.submission.submit(save);
    fail();
    expect(await saved).toBeFalse();
    expect(dialog.submission.error()).toBe(SAVE_FAILED_MESSAGE);
    expect(closedWith).toBe('open');
  });

  it('hands the saved value to the dialog instead of closing when asked to', async () => {
    const done = jasmine.createSpy('done');
    open({ done });
    dialog.name.setValue('Asha');
    const { save, answer } = deferred();
    const saved = dialog.submission.submit(save);
    answer({ ok: true, value: 'sent' });
    expect(await saved).toBeTrue();
    expect(done).toHaveBeenCalledWith('sent');
    expect(closedWith).toBe('open');
  });
});
