import { FormControl } from '@angular/forms';

import { notBlankValidator } from './not-blank-validator';

describe('notBlankValidator', () => {
  it('refuses empty text and text of spaces, accepts anything else', () => {
    expect(notBlankValidator(new FormControl(''))).toEqual({ required: true });
    expect(notBlankValidator(new FormControl('  \n '))).toEqual({ required: true });
    expect(notBlankValidator(new FormControl<string | null>(null))).toEqual({ required: true });
    expect(notBlankValidator(new FormControl(' नमस्ते '))).toBeNull();
  });
});
