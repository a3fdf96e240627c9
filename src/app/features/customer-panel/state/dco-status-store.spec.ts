import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import { PartnerEnrolApi } from '../../../core/api/partner-enrol-api';
import { UpdateDcoStatusRequest } from '../../../../contract';
import { NotesStore } from '../../conversation/state/notes-store';
import { DRIVER_SUBJECT, failure } from '../testing/panel-testing';
import { DcoStatusStore } from './dco-status-store';
import { PartnerStore } from './partner-store';

const REQUEST: UpdateDcoStatusRequest = {
  dco_id: 'DCO10001',
  status: 'suspended',
  main_tag_id: 'MT03',
  sub_tag_id: 'ST0301',
  remarks: 'Documents expired',
};

describe('DcoStatusStore', () => {
  let api: jasmine.SpyObj<PartnerEnrolApi>;
  let partner: jasmine.SpyObj<PartnerStore>;
  let notes: jasmine.SpyObj<NotesStore>;
  let store: DcoStatusStore;

  beforeEach(() => {
    api = jasmine.createSpyObj<PartnerEnrolApi>('PartnerEnrolApi', [
      'fetchMainTags',
      'fetchSubTagsForMainTags',
      'fetchAllTagsForFreelancer',
      'updateDCOStatusByFreelancer',
    ]);
    api.fetchMainTags.and.returnValue(
      of({ main_tags: [{ main_tag_id: 'MT03', name: 'Documents' }] }),
    );
    api.fetchAllTagsForFreelancer.and.returnValue(of({ tags: [] }));
    api.fetchSubTagsForMainTags.and.returnValue(
      of({
        sub_tags: [
          { sub_tag_id: 'ST0301', main_tag_id: 'MT03', name: 'Expired' },
          { sub_tag_id: 'ST0101', main_tag_id: 'MT01', name: 'Not this one' },
        ],
      }),
    );
    partner = jasmine.createSpyObj<PartnerStore>('PartnerStore', ['refreshStatus'], {
      subject: signal(DRIVER_SUBJECT),
    });
    notes = jasmine.createSpyObj<NotesStore>('NotesStore', ['load']);
    TestBed.configureTestingModule({
      providers: [
        DcoStatusStore,
        { provide: PartnerEnrolApi, useValue: api },
        { provide: PartnerStore, useValue: partner },
        { provide: NotesStore, useValue: notes },
      ],
    });
    store = TestBed.inject(DcoStatusStore);
  });

  it('loads the main tags and the flat list once for the life of the panel', () => {
    store.loadTaxonomy();
    store.open();
    store.loadTaxonomy();
    expect(api.fetchMainTags).toHaveBeenCalledTimes(1);
    expect(api.fetchAllTagsForFreelancer).toHaveBeenCalledTimes(1);
    expect(store.mainTags.value()?.[0].name).toBe('Documents');
  });

  it('loads the sub-tags of the chosen main tag only', () => {
    store.chooseMainTag('MT03');
    expect(api.fetchSubTagsForMainTags).toHaveBeenCalledWith({ main_tag_ids: ['MT03'] });
    expect(store.subTags.value()?.map((t) => t.sub_tag_id)).toEqual(['ST0301']);
    store.chooseMainTag(null);
    expect(store.subTags.status()).toBe('idle');
  });

  it('changes the status from the open chat, refreshes the partner and shows the chat’s note', () => {
    api.updateDCOStatusByFreelancer.and.returnValue(
      of({
        success: true,
        dco_id: 'DCO10001',
        status: 'suspended',
        updated_at: '2026-11-25T10:00:00.000Z',
        message: 'Partner DCO10001 is now suspended.',
      }),
    );
    store.submit(REQUEST);
    expect(api.updateDCOStatusByFreelancer).toHaveBeenCalledWith({
      ...REQUEST,
      chat_id: 'chat_s061',
    });
    expect(store.update.result()?.message).toBe('Partner DCO10001 is now suspended.');
    expect(partner.refreshStatus).toHaveBeenCalledTimes(1);
    expect(notes.load).toHaveBeenCalledOnceWith('chat_s061', true);
  });

  it('shows why a change was refused and refreshes nothing', () => {
    api.updateDCOStatusByFreelancer.and.returnValue(
      failure({
        status: 422,
        code: 'sub_tag_mismatch',
        backend: 'partnerEnrol',
        message: 'This sub tag does not belong to the chosen main tag.',
        field: 'sub_tag_id',
      }),
    );
    store.submit(REQUEST);
    expect(store.update.error()).toBe('This sub tag does not belong to the chosen main tag.');
    expect(partner.refreshStatus).not.toHaveBeenCalled();
    expect(notes.load).not.toHaveBeenCalled();
  });
});
