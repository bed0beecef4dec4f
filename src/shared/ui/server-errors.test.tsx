import { act, render, screen } from '@testing-library/react'
import { Form, Input, type FormInstance } from 'antd'
import { describe, expect, it } from 'vitest'
import { Providers } from '../../test/render'
import { ApiError, NetworkError } from '../api/api-error'
import { i18n } from '../i18n/i18n'
import { applyServerErrors, namePath, useServerErrors } from './server-errors'

const t = i18n.getFixedT('en-US')

const invalid = (fields: Record<string, string>) =>
  new ApiError(400, {
    code: 'VALIDATION_FAILED',
    message: 'Invalid body',
    correlationId: 'c-1',
    details: { fields },
  })

function renderForm(): FormInstance {
  let instance: FormInstance | undefined
  function TestForm() {
    const [form] = Form.useForm()
    instance = form
    return (
      <Form form={form}>
        <Form.Item name="amount" label="Amount">
          <Input />
        </Form.Item>
        <Form.Item name={['recipient', 'name']} label="Recipient">
          <Input />
        </Form.Item>
      </Form>
    )
  }
  render(<TestForm />)
  return instance!
}

describe('applyServerErrors', () => {
  it('reads dotted server paths as antd name paths', () => {
    expect(namePath('recipient.name')).toEqual(['recipient', 'name'])
    expect(namePath('evidence.0.sha256')).toEqual(['evidence', 0, 'sha256'])
  })

  it('puts each reason next to the field it names, nested paths included', async () => {
    const form = renderForm()
    let rest: string | null = 'unset'
    act(() => {
      rest = applyServerErrors(
        form,
        invalid({ 'recipient.name': 'Too long', amountFen: 'Too big' }),
        {
          t,
          path: (field) => (field === 'amountFen' ? 'amount' : namePath(field)),
        },
      )
    })
    expect(rest).toBeNull()
    expect(form.getFieldError(['recipient', 'name'])).toEqual(['Too long'])
    expect(form.getFieldError('amount')).toEqual(['Too big'])
    expect(await screen.findByText('Too long')).toBeInTheDocument()
  })

  it('words a field the form does not have as a form-level message', () => {
    const form = renderForm()
    let rest: string | null = null
    act(() => {
      rest = applyServerErrors(form, invalid({ amount: 'Too big', colour: 'Unknown colour' }), {
        t,
      })
    })
    expect(rest).toBe('Some input is wrong; correct it as shown. colour: Unknown colour')
    expect(form.getFieldError('amount')).toEqual(['Too big'])
  })

  it('words a problem the console knows without the server field it concerns', () => {
    const form = renderForm()
    let rest: string | null = null
    act(() => {
      rest = applyServerErrors(
        form,
        new ApiError(400, {
          code: 'VALIDATION_FAILED',
          message: 'Invalid body',
          correlationId: 'c-2',
          details: {
            fields: { '(root)': 'Choose at least one' },
            issues: { '(root)': { code: 'too_few', minimum: 1 } },
          },
        }),
        { t },
      )
    })
    expect(rest).toBe('Some input is wrong; correct it as shown. Choose at least 1')
  })

  it('leaves out the fields the screen shows elsewhere, and uses the given words', () => {
    const form = renderForm()
    let rest: string | null = 'unset'
    act(() => {
      rest = applyServerErrors(form, invalid({ amount: 'too big', 'plan.0': 'Row refused' }), {
        t,
        path: (field) => (field.startsWith('plan.') ? null : field),
        text: () => 'Enter a smaller amount',
      })
    })
    expect(rest).toBeNull()
    expect(form.getFieldError('amount')).toEqual(['Enter a smaller amount'])
  })

  it('words a field by the issue the server names, in the console’s language', () => {
    const form = renderForm()
    const zh = i18n.getFixedT('zh-CN')
    const refused = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      message: 'Invalid body',
      correlationId: 'c-1',
      details: {
        fields: { amount: 'Too big: expected number to be <=500', 'recipient.name': 'Too long' },
        issues: {
          amount: { code: 'too_big', maximum: 500 },
          'recipient.name': { code: 'no_such_issue' },
        },
      },
    })
    act(() => {
      applyServerErrors(form, refused, { t: zh })
    })
    expect(form.getFieldError('amount')).toEqual(['不能大于 500'])
    // A code this console does not know: the server's words are all there is.
    expect(form.getFieldError(['recipient', 'name'])).toEqual(['Too long'])
  })

  it('does nothing for a failure that names no fields', () => {
    const form = renderForm()
    expect(applyServerErrors(form, new NetworkError('offline'), { t })).toBeNull()
    expect(
      applyServerErrors(
        form,
        new ApiError(409, { code: 'CONFLICT', message: '', correlationId: 'c' }),
        {
          t,
        },
      ),
    ).toBeNull()
    expect(form.getFieldError('amount')).toEqual([])
  })
})

describe('useServerErrors', () => {
  function renderHandler(): { form: FormInstance; onError(error: unknown): null } {
    let handle: { form: FormInstance; onError(error: unknown): null } | undefined
    function TestForm() {
      const [form] = Form.useForm()
      handle = { form, onError: useServerErrors(form, { t }) }
      return (
        <Form form={form}>
          <Form.Item name="amount" label="Amount">
            <Input />
          </Form.Item>
        </Form>
      )
    }
    render(
      <Providers>
        <TestForm />
      </Providers>,
    )
    return handle!
  }

  it('places a 400 by field and shows what no field holds as a message, answering null', async () => {
    const { form, onError } = renderHandler()
    let answer: unknown = 'unset'
    act(() => {
      answer = onError(invalid({ amount: 'Too big', colour: 'Unknown colour' }))
    })
    expect(answer).toBeNull()
    expect(form.getFieldError('amount')).toEqual(['Too big'])
    expect(
      await screen.findByText('Some input is wrong; correct it as shown. colour: Unknown colour'),
    ).toBeInTheDocument()
  })

  it('leaves any other failure to the screen, even one naming fields', () => {
    const { form, onError } = renderHandler()
    const conflict = new ApiError(409, {
      code: 'CONFLICT',
      message: '',
      correlationId: 'c',
      details: { fields: { amount: 'Taken' } },
    })
    let answer: unknown = 'unset'
    act(() => {
      answer = onError(conflict)
    })
    expect(answer).toBeNull()
    expect(form.getFieldError('amount')).toEqual([])
  })
})
