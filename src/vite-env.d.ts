/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string
  readonly VITE_MOCKS?: string
  readonly VITE_MOCK_SCALE?: string
}

/** The address of antd's first-screen styles in a production build, otherwise null (vite.config.ts). */
declare module 'virtual:antd-first-screen' {
  const href: string | null
  export default href
}
