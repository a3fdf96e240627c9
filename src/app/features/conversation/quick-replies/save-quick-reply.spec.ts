import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';

import { QuickRepliesStore } from './quick-replies-store';
import { SaveQuickReply } from './save-quick-reply';

describe('SaveQuickReply', () => {
  let fixture: ComponentFixture<SaveQuickReply>;
  let loader: HarnessLoader;
  let saveOwn: jasmine.Spy<(title: string, body: string) => string | null>;

  beforeEach(async () => {
    saveOwn = jasmine.createSpy('saveOwn').and.returnValue(null);
    TestBed.configureTestingModule({
      providers: [
        { provide: QuickRepliesStore, useValue: { saveOwn } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(SaveQuickReply);
    fixture.componentRef.setInput('text', 'Your driver {driver_name} is on the way.\nThanks');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'bookmark_add' }))).click();
  });

  async function title(): Promise<MatInputHarness> {
    return loader.getHarness(MatInputHarness);
  }

  async function save(): Promise<void> {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
    // The store's code is imported on the first save: wait for the same import (however long a
    // busy machine takes to load it), then for the save that follows it.
    await import('./quick-replies-store');
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  it('suggests the first line as the title and keeps the reply under it', async () => {
    expect(await (await title()).getValue()).toBe('Your driver {driver_name} is on the way.');
    await (await title()).setValue('Driver on the way');
    await save();
    expect(saveOwn).toHaveBeenCalledWith(
      'Driver on the way',
      'Your driver {driver_name} is on the way.\nThanks',
    );
    expect(await loader.getAllHarnesses(MatInputHarness)).toEqual([]);
    expect(text()).toContain('Saved “Driver on the way”. Type / to use it.');
  });

  it('asks for a title instead of saving one of spaces', async () => {
    await (await title()).setValue('   ');
    await save();
    expect(saveOwn).not.toHaveBeenCalled();
    expect(await (await loader.getHarness(MatFormFieldHarness)).getTextErrors()).toEqual([
      'Give the reply a title.',
    ]);
  });

  it('shows why the reply was not kept, under the title', async () => {
    saveOwn.and.returnValue('Sign in again to save quick replies.');
    await save();
    expect(await (await loader.getHarness(MatFormFieldHarness)).getTextErrors()).toEqual([
      'Sign in again to save quick replies.',
    ]);
    await (await title()).setValue('Driver on the way');
    expect(await (await loader.getHarness(MatFormFieldHarness)).getTextErrors()).toEqual([]);
  });
});
