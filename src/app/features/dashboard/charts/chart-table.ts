import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One row of a chart's figures: what it is about, then a value per column. */
export interface ChartTableRow {
  id: string | number;
  label: string;
  values: readonly (string | number)[];
}

/** A chart's figures as a table that only screen readers show, for those who cannot see it. */
@Component({
  selector: 'app-chart-table',
  template: `
    <table class="visually-hidden">
      <caption>
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          @for (column of columns(); track $index) {
            <th scope="col">{{ column }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.id) {
          <tr>
            <th scope="row">{{ row.label }}</th>
            @for (value of row.values; track $index) {
              <td>{{ value }}</td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartTable {
  /** What the table holds. */
  readonly caption = input.required<string>();
  /** The column headings, the rows' own heading first. */
  readonly columns = input.required<readonly string[]>();
  /** The figures, a row each. */
  readonly rows = input.required<readonly ChartTableRow[]>();
}
