import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { DcoStatus, FreelancerTag } from '../../../../contract';
import { notBlankValidator } from '../../../shared/forms/not-blank-validator';
import { DateTimePipe } from '../format/date-time-pipe';
import { PanelSection } from '../panel-section/panel-section';
import { SectionStatusView } from '../panel-section/section-status-view';
import { DCO_STATUSES, DCO_STATUS_LABELS } from '../partner-card/dco-status-labels';
import { DcoStatusStore } from '../state/dco-status-store';
import { PartnerStore } from '../state/partner-store';

/** Longest remark the back end accepts. */
export const MAX_REMARKS = 500;
/** Most search matches listed at once. */
const MAX_MATCHES = 20;

/**
 * Changes the DCO's status (`updateDCOStatusByFreelancer`) with a reason from the tag taxonomy:
 * a main tag, then one of its sub-tags, or both at once by searching the flat list.
 */
@Component({
  selector: 'app-dco-status-form',
  imports: [
    DateTimePipe,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PanelSection,
    ReactiveFormsModule,
    SectionStatusView,
  ],
  templateUrl: './dco-status-form.html',
  styleUrl: './dco-status-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DcoStatusForm implements OnInit {
  protected readonly store = inject(DcoStatusStore);
  protected readonly partner = inject(PartnerStore);

  protected readonly maxRemarks = MAX_REMARKS;
  protected readonly statuses = DCO_STATUSES.map((value) => ({
    value,
    label: DCO_STATUS_LABELS[value],
  }));
  protected readonly form = new FormGroup({
    status: new FormControl<DcoStatus | null>(null, Validators.required),
    mainTagId: new FormControl<string | null>(null, Validators.required),
    subTagId: new FormControl<string | null>(null, Validators.required),
    remarks: new FormControl('', {
      nonNullable: true,
      validators: [notBlankValidator, Validators.maxLength(MAX_REMARKS)],
    }),
  });
  // The directive keeps its own "submitted" flag, which shows every error until it is reset too.
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly searchText = signal('');
  private readonly remarks = signal('');
  protected readonly remarksLength = computed(() => this.remarks().length);
  protected readonly currentStatus = computed(() => {
    const status = this.partner.dco.value()?.status ?? this.partner.partner.value()?.status;
    return status ? DCO_STATUS_LABELS[status] : null;
  });
  protected readonly matches = computed(() => {
    const query = this.searchText().trim().toLowerCase();
    return (this.store.allTags.value() ?? [])
      .map((tag) => ({
        ...tag,
        label: tag.main_tag_name ? `${tag.main_tag_name} › ${tag.name}` : tag.name,
      }))
      .filter((tag) => query === '' || tag.label.toLowerCase().includes(query))
      .slice(0, MAX_MATCHES);
  });

  constructor() {
    const { mainTagId, subTagId, remarks } = this.form.controls;
    mainTagId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => {
      subTagId.reset(null);
      this.store.chooseMainTag(id);
    });
    remarks.valueChanges.pipe(takeUntilDestroyed()).subscribe((text) => this.remarks.set(text));
    // A half-filled form belongs to the partner it was started for, never to the next chat's.
    effect(() => {
      this.partner.partner.key();
      untracked(() => this.startOver());
    });
    // After a change is saved the form starts over, ready for the next one.
    effect(() => {
      if (this.store.update.status() === 'done') {
        untracked(() => this.startOver());
      }
    });
  }

  ngOnInit(): void {
    this.store.loadTaxonomy();
    const chosen = this.form.controls.mainTagId.value;
    this.store.chooseMainTag(chosen);
  }

  private startOver(): void {
    const directive = this.formDirective();
    if (directive) {
      directive.resetForm();
    } else {
      this.form.reset();
    }
    this.searchText.set('');
  }

  protected pickTag(event: MatAutocompleteSelectedEvent): void {
    const tag = event.option.value as FreelancerTag & { label: string };
    const { mainTagId, subTagId } = this.form.controls;
    if (tag.main_tag_id) {
      mainTagId.setValue(tag.main_tag_id);
      subTagId.setValue(tag.tag_id);
    } else {
      mainTagId.setValue(tag.tag_id);
    }
    mainTagId.markAsTouched();
    this.searchText.set(tag.label);
  }

  protected submit(): void {
    const dcoId = this.partner.dcoId();
    const { status, mainTagId, subTagId, remarks } = this.form.getRawValue();
    if (this.form.invalid || !dcoId || !status || !mainTagId || !subTagId) {
      this.form.markAllAsTouched();
      return;
    }
    this.store.submit({
      dco_id: dcoId,
      status,
      main_tag_id: mainTagId,
      sub_tag_id: subTagId,
      remarks: remarks.trim(),
    });
  }
}
