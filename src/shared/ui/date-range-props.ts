/** What a filter bar's date range takes: shared by the stand-in field and the picker it loads. */
export interface DateRangeFilterProps {
  label: string
  /** Inclusive dates, YYYY-MM-DD; a range is set only with both ends. */
  from?: string
  to?: string
  onChange(from: string | undefined, to: string | undefined): void
}
