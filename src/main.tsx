import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { startApp } from './app/app'
import { signInFormDrawn } from './app/first-screen'
import { holdRequestsUntil } from './shared/api/http-client'
import { sessionStore } from './shared/api/session-store'
import { currentLanguage, i18n } from './shared/i18n/i18n'
import { loadAntdFirstScreenStyles } from './shared/ui/antd-first-screen'
import { setColourVariables } from './shared/ui/palette'
import './app/global.css'
import { MOCK_WORKERS } from '../mocks/worker-file'

// global.css and the pages that load without antd read the console's colours as CSS variables.
setColourVariables(document.documentElement)

const signingIn = window.location.pathname === '/sign-in' && !sessionStore.getToken()
// Every first screen but the sign-in form draws with antd: its prepared styles load beside the code.
if (!signingIn) void loadAntdFirstScreenStyles()

// The mocked backend runs unless a real one is configured (VITE_API_BASE_URL).
const mocked = !import.meta.env.VITE_API_BASE_URL && import.meta.env.VITE_MOCKS !== 'off'

if (mocked) {
  // Someone on the sign-in page needs no backend until they submit the form: its code is asked
  // for first, and the mock's service worker (and, on a first visit, its seeding) starts once the
  // form is on screen. Every other page needs its data to draw, so it is asked for at once.
  if (signingIn) void import('./app/routes/sign-in-route')
  holdRequestsUntil(
    (signingIn ? signInFormDrawn : Promise.resolve())
      .then(() => import('../mocks/browser'))
      .then(({ startMockBackend }) => startMockBackend()),
  )
} else if ('serviceWorker' in navigator) {
  // A mock worker that an earlier in-browser session of this origin registered would stay
  // between the page and the real backend until it is removed.
  void navigator.serviceWorker.getRegistrations().then((registrations) => {
    for (const registration of registrations)
      if (MOCK_WORKERS.some((file) => registration.active?.scriptURL.endsWith(`/${file}`)))
        void registration.unregister()
  })
}

// After the requests are held (above): the router starts loading the screen's code as it is made.
const { App } = startApp()

const root = document.getElementById('root')
if (!root) throw new Error('#root missing')
// Someone who chose English sees the first screen in English rather than Chinese for a moment;
// Chinese is there from the start. Drawn either way: a message that failed to load falls back.
const firstDraw = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
void i18n.loadLanguage(currentLanguage()).then(firstDraw, firstDraw)
