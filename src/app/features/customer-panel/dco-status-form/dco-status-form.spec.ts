import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { of } from 'rxjs';

import { aDco } from '../testing/panel-fixtures';
import {
  DRIVER_SUBJECT,
  PanelApis,
  failure,
  panelApis,
  renderSection,
} from '../testing/panel-testing';
import { DcoStatusForm } from './dco-status-form';

describe('DcoStatusForm', () => {
  let apis: PanelApis;
  let fixture: ComponentFixture<DcoStatusForm>;
  let loader: HarnessLoader;

  async function render(): Promise<void> {
    fixture = await renderSection(DcoStatusForm, apis, DRIVER_SUBJECT);
    loader = TestbedHarnessEnvironment.loader(fixture);
  }

  function select(label: string): Promise<MatSelectHarness> {
    return loader
      .getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))
      .then((field) => field.getControl(MatSelectHarness)) as Promise<MatSelectHarness>;
  }

  async function submit(): Promise<void> {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Change status' }))).click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    apis = panelApis();
    apis.partner.updateDCOStatusByFreelancer.and.returnValue(
      of({
        success: true,
        dco_id: 'DCO10001',
        status: 'suspended',
        updated_at: '2026-11-25T12:00:00.000Z',
        message: 'Partner DCO10001 is now suspended.',
      }),
    );
  });

  it('changes the status with a main tag, its sub-tag and remarks', async () => {
    await render();
    await (await select('New status')).clickOptions({ text: 'Suspended' });
    await (await select('Reason')).clickOptions({ text: 'Documents' });
    expect(apis.partner.fetchSubTagsForMainTags).toHaveBeenCalledWith({ main_tag_ids: ['MT03'] });
    const detail = await select('Detailed reason');
    await detail.open();
    expect(await Promise.all((await detail.getOptions()).map((o) => o.getText()))).toEqual([
      'RC expired',
      'Licence expired',
    ]);
    await detail.clickOptions({ text: 'RC expired' });
    await (
      await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))
    ).setValue('  RC expired last week  ');
    apis.node.getDcoDetails.and.returnValue(of({ dco: aDco({ status: 'suspended' }) }));
    await submit();
    expect(apis.partner.updateDCOStatusByFreelancer).toHaveBeenCalledWith({
      dco_id: 'DCO10001',
      status: 'suspended',
      main_tag_id: 'MT03',
      sub_tag_id: 'ST0301',
      remarks: 'RC expired last week',
      chat_id: 'chat_s061',
    });
    expect(fixture.nativeElement.querySelector('.result.ok').textContent).toContain(
      'Partner DCO10001 is now suspended.',
    );
    expect(fixture.nativeElement.textContent).toContain('Now Suspended.');
  });

  it('starts over after a save, empty and without errors', async () => {
    await render();
    await (await select('New status')).clickOptions({ text: 'Suspended' });
    await (await select('Reason')).clickOptions({ text: 'Booking' });
    await (await select('Detailed reason')).clickOptions({ text: 'New booking' });
    await (
      await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))
    ).setValue('Noted');
    await submit();
    expect(apis.partner.updateDCOStatusByFreelancer).toHaveBeenCalled();
    const fields = await loader.getAllHarnesses(MatFormFieldHarness);
    const errors = await Promise.all(fields.map((f) => f.getTextErrors()));
    expect(errors.flat()).toEqual([]);
    expect(await Promise.all(fields.map((f) => f.isControlTouched()))).not.toContain(true);
    expect(await (await select('New status')).getValueText()).toBe('');
    expect(
      await (await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))).getValue(),
    ).toBe('');
  });

  it('picks a main tag and its sub-tag at once from the flat list', async () => {
    await render();
    const search = await loader.getHarness(MatAutocompleteHarness);
    await search.enterText('licence');
    await search.selectOption({ text: 'Documents › Licence expired' });
    await fixture.whenStable();
    expect(await (await select('Reason')).getValueText()).toBe('Documents');
    expect(await (await select('Detailed reason')).getValueText()).toBe('Licence expired');
  });

  it('sends nothing and says what is missing when the form is incomplete', async () => {
    await render();
    await submit();
    expect(apis.partner.updateDCOStatusByFreelancer).not.toHaveBeenCalled();
    const errors = await Promise.all(
      (await loader.getAllHarnesses(MatFormFieldHarness)).map((f) => f.getTextErrors()),
    );
    expect(errors.flat()).toEqual([
      'Choose the new status.',
      'Choose a reason.',
      'Choose a detailed reason.',
      'Write what happened, for the partner team.',
    ]);
  });

  it('does not accept remarks of only spaces', async () => {
    await render();
    await (await select('New status')).clickOptions({ text: 'Active' });
    await (await select('Reason')).clickOptions({ text: 'Booking' });
    await (await select('Detailed reason')).clickOptions({ text: 'New booking' });
    await (await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))).setValue('   ');
    await submit();
    expect(apis.partner.updateDCOStatusByFreelancer).not.toHaveBeenCalled();
  });

  it('shows why the back end refused the change, and keeps what was entered', async () => {
    apis.partner.updateDCOStatusByFreelancer.and.returnValue(
      failure({
        status: 422,
        code: 'sub_tag_mismatch',
        backend: 'partnerEnrol',
        message: 'This sub tag does not belong to the chosen main tag.',
        field: 'sub_tag_id',
      }),
    );
    await render();
    await (await select('New status')).clickOptions({ text: 'Blocked' });
    await (await select('Reason')).clickOptions({ text: 'Booking' });
    await (await select('Detailed reason')).clickOptions({ text: 'New booking' });
    const remarks = await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }));
    await remarks.setValue('Repeated no-shows');
    await submit();
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      'This sub tag does not belong to the chosen main tag.',
    );
    expect(await remarks.getValue()).toBe('Repeated no-shows');
  });
});
