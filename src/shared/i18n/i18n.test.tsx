import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import dayjs from 'dayjs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  i18n,
  registerMessages,
  useTranslation,
  type Language,
  type Namespace,
  type TOptions,
} from './i18n'
import { LocaleProvider, useLocale } from './locale-provider'
import { resetLanguage } from '../../test/language'

registerMessages('sample', {
  'zh-CN': {
    greeting: '你好，{{name}}',
    pair: '{{a}} 与 {{b}}',
    nested: { deeper: { leaf: '叶子' } },
    weekdays: ['一', '二', '三'],
    onlyChinese: '仅中文',
    days: '{{count}} 天',
  },
  'en-US': {
    greeting: 'Hello, {{name}}',
    pair: '{{a}} and {{b}}',
    nested: { deeper: { leaf: 'Leaf' } },
    weekdays: ['Mon', 'Tue', 'Wed'],
    days_one: '{{count}} day',
    days_other: '{{count}} days',
  },
})

// These namespaces are registered at run time only, and some keys below are missing on purpose:
// the tests show what the runtime does with keys the compiler would refuse, so they reach past
// the types (see messages.types.ts for what the compiler refuses).
type Untyped = (key: string, options?: TOptions) => unknown
const untyped = (language: Language, namespace: string) =>
  i18n.getFixedT(language, namespace as Namespace) as unknown as Untyped

afterEach(resetLanguage)

describe('t', () => {
  const zh = untyped('zh-CN', 'sample')
  const en = untyped('en-US', 'sample')

  it('fills placeholders as given, without escaping', () => {
    expect(en('greeting', { name: '<b>Ann</b> & co' })).toBe('Hello, <b>Ann</b> & co')
    expect(zh('pair', { a: 3, b: 0 })).toBe('3 与 0')
  })

  it('leaves a placeholder without a value, and empties one given as null or undefined', () => {
    expect(en('pair', { a: 'x' })).toBe('x and {{b}}')
    expect(en('pair', { a: null, b: undefined })).toBe(' and ')
  })

  it('does not fill placeholders that arrive inside a value', () => {
    expect(en('pair', { a: '{{b}}', b: 'y' })).toBe('{{b}} and y')
  })

  it('follows dotted keys into nested groups', () => {
    expect(en('nested.deeper.leaf')).toBe('Leaf')
    expect(zh('nested.deeper.leaf')).toBe('叶子')
  })

  it('reads another namespace after a colon', () => {
    expect(en('common:menu.queue')).toBe('Request queue')
    expect(untyped('en-US', 'common')('sample:nested.deeper.leaf')).toBe('Leaf')
  })

  it('uses the shell namespace by default', () => {
    expect(i18n.getFixedT('zh-CN')('common.signOut')).toBe('退出登录')
  })

  it('returns arrays and groups when asked to', () => {
    expect(en('weekdays', { returnObjects: true })).toEqual(['Mon', 'Tue', 'Wed'])
    expect(zh('nested', { returnObjects: true })).toEqual({ deeper: { leaf: '叶子' } })
  })

  it('shows Chinese when English lacks a message, and the key when both do', () => {
    expect(en('onlyChinese')).toBe('仅中文')
    expect(en('nested.missing')).toBe('nested.missing')
    expect(en('sample:nested.missing')).toBe('nested.missing')
    expect(en('nested.deeper')).toBe('nested.deeper')
  })

  it('shows the default value, filled, when the message is missing', () => {
    expect(en('missing', { defaultValue: 'fallback {{name}}', name: 'Bo' })).toBe('fallback Bo')
    expect(en('greeting', { defaultValue: 'unused', name: 'Bo' })).toBe('Hello, Bo')
  })

  it('picks the English plural form from count, and the plain message in Chinese', () => {
    expect(en('days', { count: 1 })).toBe('1 day')
    expect(en('days', { count: 0 })).toBe('0 days')
    expect(en('days', { count: 2 })).toBe('2 days')
    expect(zh('days', { count: 1 })).toBe('1 天')
  })

  it('stays in its own language whatever the person chose', () => {
    i18n.changeLanguage('en-US')
    expect(zh('greeting', { name: '李' })).toBe('你好，李')
  })

  it('merges a namespace registered in parts', () => {
    registerMessages('parts', { 'zh-CN': { a: { one: '一' } }, 'en-US': { a: { one: 'one' } } })
    registerMessages('parts', { 'zh-CN': { a: { two: '二' } }, 'en-US': { a: { two: 'two' } } })
    const t = untyped('en-US', 'parts')
    expect([t('a.one'), t('a.two')]).toEqual(['one', 'two'])
  })
})

describe('English on demand', () => {
  // A module of its own, as a page load has: the suite's setup has already asked for English in
  // the shared one.
  async function freshRuntime() {
    vi.resetModules()
    return import('./i18n')
  }
  function deferred() {
    let resolve!: (tree: Record<string, unknown>) => void
    let reject!: (error: Error) => void
    const promise = new Promise<Record<string, unknown>>((res, rej) => {
      resolve = res
      reject = rej
    })
    return { promise, resolve, reject, load: vi.fn(() => promise) }
  }

  it('loads no English until English is asked for, then every namespace registered so far', async () => {
    const runtime = await freshRuntime()
    const english = deferred()
    runtime.registerMessages('lazy', { 'zh-CN': { title: '标题' }, 'en-US': english.load })
    const en = runtime.i18n.getFixedT('en-US', 'lazy' as Namespace) as unknown as Untyped
    expect(english.load).not.toHaveBeenCalled()
    expect(en('title')).toBe('标题')
    expect(runtime.i18n.getResourceBundle('en-US', 'common')).toBeUndefined()

    let settled = false
    const loading = runtime.i18n.loadLanguage('en-US').then(() => (settled = true))
    expect(english.load).toHaveBeenCalledTimes(1)
    await Promise.resolve()
    expect(settled).toBe(false)
    english.resolve({ title: 'Title' })
    await loading
    expect(en('title')).toBe('Title')
    expect(runtime.i18n.getFixedT('en-US')('menu.queue')).toBe('Request queue')
  })

  it('loads the English of a namespace registering after English was asked for at once', async () => {
    const runtime = await freshRuntime()
    await runtime.i18n.loadLanguage('en-US')
    const english = deferred()
    runtime.registerMessages('later', { 'zh-CN': { title: '稍后' }, 'en-US': english.load })
    expect(english.load).toHaveBeenCalledTimes(1)
    english.resolve({ title: 'Later' })
    await runtime.i18n.loadLanguage('en-US')
    expect(
      (runtime.i18n.getFixedT('en-US', 'later' as Namespace) as unknown as Untyped)('title'),
    ).toBe('Later')
  })

  it('asks nothing for Chinese, and tries a failed English load again on the next request', async () => {
    const runtime = await freshRuntime()
    await runtime.i18n.loadLanguage('zh-CN')
    const load = vi
      .fn<() => Promise<Record<string, unknown>>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ title: 'Title' })
    runtime.registerMessages('flaky', { 'zh-CN': { title: '标题' }, 'en-US': load })
    expect(load).not.toHaveBeenCalled()
    await expect(runtime.i18n.loadLanguage('en-US')).rejects.toThrow('offline')
    const en = runtime.i18n.getFixedT('en-US', 'flaky' as Namespace) as unknown as Untyped
    expect(en('title')).toBe('标题')
    await runtime.i18n.loadLanguage('en-US')
    expect(load).toHaveBeenCalledTimes(2)
    expect(en('title')).toBe('Title')
  })
})

function Greeting({ namespace = 'sample', k = 'greeting' }: { namespace?: string; k?: string }) {
  const t = useTranslation(namespace as Namespace).t as unknown as Untyped
  return <p>{String(t(k, { name: 'Ann' }))}</p>
}

describe('useTranslation', () => {
  it('re-renders when the language changes', () => {
    render(<Greeting />)
    expect(screen.getByText('你好，Ann')).toBeInTheDocument()
    act(() => i18n.changeLanguage('en-US'))
    expect(screen.getByText('Hello, Ann')).toBeInTheDocument()
  })

  it('shows a namespace registered after the component first rendered', () => {
    render(<Greeting namespace="late" k="title" />)
    expect(screen.getByText('title')).toBeInTheDocument()
    act(() =>
      registerMessages('late', {
        'zh-CN': { title: '迟到的 {{name}}' },
        'en-US': { title: 'Late {{name}}' },
      }),
    )
    expect(screen.getByText('迟到的 Ann')).toBeInTheDocument()
  })

  it('translates in the shell namespace by default', () => {
    function Menu() {
      const { t } = useTranslation()
      return <p>{t('menu.queue')}</p>
    }
    render(<Menu />)
    expect(screen.getByText('请求队列')).toBeInTheDocument()
  })
})

function Switcher() {
  const { language, setLanguage } = useLocale()
  const { t } = useTranslation()
  return (
    <button type="button" onClick={() => setLanguage(language === 'zh-CN' ? 'en-US' : 'zh-CN')}>
      {t('common.language')} {dayjs('2026-01-05').format('dddd')}
    </button>
  )
}

function ChangeOfMind() {
  const { language, setLanguage } = useLocale()
  return (
    <button
      type="button"
      onClick={() => {
        setLanguage('en-US')
        setLanguage('zh-CN')
      }}
    >
      {language}
    </button>
  )
}

describe('LocaleProvider', () => {
  it('keeps the language chosen last when an earlier choice loads after it', async () => {
    render(
      <LocaleProvider>
        <ChangeOfMind />
      </LocaleProvider>,
    )
    await userEvent.click(screen.getByRole('button'))
    // English is ready a few promise steps after Chinese, which needs no loading; here it is
    // loaded already (the suite's setup), so both have settled before the next task runs.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(screen.getByRole('button')).toHaveTextContent('zh-CN')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(localStorage.getItem('console.language')).toBe('zh-CN')
  })

  it('starts in the stored language, and switches messages, dates and the page language together', async () => {
    localStorage.setItem('console.language', 'en-US')
    render(
      <LocaleProvider>
        <Switcher />
      </LocaleProvider>,
    )
    expect(screen.getByRole('button')).toHaveTextContent('Language Monday')
    expect(document.documentElement.lang).toBe('en-US')
    await userEvent.click(screen.getByRole('button'))
    expect(screen.getByRole('button')).toHaveTextContent('语言 星期一')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(localStorage.getItem('console.language')).toBe('zh-CN')
  })
})
