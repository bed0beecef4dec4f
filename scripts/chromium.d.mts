export function systemChromium(options: { prefer: 'headless-shell' | 'full' }): string | undefined
