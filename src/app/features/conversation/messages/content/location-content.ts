import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { LocationPayload } from '../../../../../contract';

/** A shared location: its name, address, coordinates and a link to open it on a map. */
@Component({
  selector: 'app-location-content',
  template: `
    <div class="location">
      <span class="material-symbols-outlined" aria-hidden="true">location_on</span>
      <div class="details">
        @if (location().name) {
          <span class="name">{{ location().name }}</span>
        }
        @if (location().address) {
          <span class="address">{{ location().address }}</span>
        }
        @if (coordinates(); as c) {
          <span class="coordinates">{{ c }}</span>
        }
        @if (mapUrl(); as href) {
          <a [href]="href" target="_blank" rel="noopener noreferrer">Open map</a>
        } @else {
          <span class="address">This location has no valid coordinates.</span>
        }
      </div>
    </div>
  `,
  styleUrl: './media-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LocationContent {
  /** The shared location. */
  readonly location = input.required<LocationPayload>();

  private readonly valid = computed(() => {
    const { latitude, longitude } = this.location();
    return (
      Number.isFinite(latitude) &&
      Number.isFinite(longitude) &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180
    );
  });

  protected readonly coordinates = computed(() =>
    this.valid()
      ? `${this.location().latitude.toFixed(5)}, ${this.location().longitude.toFixed(5)}`
      : null,
  );

  protected readonly mapUrl = computed(() => {
    if (!this.valid()) {
      return null;
    }
    const lat = this.location().latitude.toFixed(6);
    const lon = this.location().longitude.toFixed(6);
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
  });
}
