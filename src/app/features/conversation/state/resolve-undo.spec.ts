import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';

import { aChat } from '../../../testing/payload-fixtures';
import { ChatActionsStore } from './chat-actions-store';
import { ResolveUndo } from './resolve-undo';

@Component({
  selector: 'app-undo-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

describe('ResolveUndo', () => {
  let setStatus: jasmine.Spy;

  beforeEach(() => {
    setStatus = jasmine.createSpy('setStatus').and.resolveTo({ ok: true });
    TestBed.configureTestingModule({
      providers: [
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: ChatActionsStore, useValue: { setStatus } },
      ],
    });
  });

  it('offers Undo for a chat left behind, and reopens it when asked', async () => {
    const fixture = TestBed.createComponent(Host);
    const chat = aChat({ customer_name: 'Meera Kamath' });
    TestBed.inject(ResolveUndo).offer(chat, 5000);
    const snackBar =
      await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toBe('Chat with Meera Kamath resolved.');
    expect(await snackBar.getActionDescription()).toBe('Undo');
    expect(setStatus).not.toHaveBeenCalled();
    await snackBar.dismissWithAction();
    expect(setStatus).toHaveBeenCalledOnceWith(chat, 'active');
  });
});
