let drawn: () => void = () => undefined

/**
 * Resolves once the sign-in form has drawn. The form needs nothing from the backend until it is
 * submitted, so on the sign-in page the mock backend's worker is registered (and, on a first visit,
 * seeds) after this rather than competing with the form's own code for the network and the
 * processor while the page loads.
 */
export const signInFormDrawn = new Promise<void>((resolve) => {
  drawn = resolve
})

export function markSignInFormDrawn(): void {
  drawn()
}
