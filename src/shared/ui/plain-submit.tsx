/**
 * A form's one submit button, drawn without antd for the pages that load before it: while the
 * form is busy it says so and takes no second click.
 */
export function PlainSubmit({
  busy,
  label,
  busyLabel,
}: {
  busy: boolean
  label: string
  busyLabel: string
}) {
  return (
    <button
      type="submit"
      className="plain-button plain-button-primary plain-button-block"
      aria-busy={busy}
      disabled={busy}
    >
      {busy ? busyLabel : label}
    </button>
  )
}
