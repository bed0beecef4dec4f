// Times a 50-row table of status labels drawn as antd Tags and as StatusLabels (plain spans), in jsdom: first
// mount, and a re-render with every label's tone changed (what a page of the queue does on refetch).
import { ConfigProvider, Tag } from 'antd'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { expect, it } from 'vitest'
import { StatusLabel } from '../../src/shared/ui/status-label'
import { TONES, type Tone } from '../../src/shared/ui/theme'

const ROWS = 50
const LABELS_PER_ROW = 3
const RUNS = Number(process.env.LABEL_RUNS ?? 15)
const LABEL_TONES: Tone[] = ['ok', 'blocking', 'warning', 'info', 'neutral']

type Label = (props: { tone: Tone; text: string }) => React.ReactNode
const AntdTag: Label = ({ tone, text }) => <Tag color={TONES[tone]}>{text}</Tag>
const PlainLabel: Label = ({ tone, text }) => <StatusLabel tone={tone}>{text}</StatusLabel>

function Rows({ Label, shift }: { Label: Label; shift: number }) {
  return (
    <table>
      <tbody>
        {Array.from({ length: ROWS }, (_, r) => (
          <tr key={r}>
            {Array.from({ length: LABELS_PER_ROW }, (_, c) => (
              <td key={c}>
                <Label
                  tone={LABEL_TONES[(r + c + shift) % LABEL_TONES.length]!}
                  text={`状态 ${r}-${c}`}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function measure(Label: Label) {
  const mount: number[] = []
  const update: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const host = document.createElement('div')
    document.body.append(host)
    const root = createRoot(host)
    let t = performance.now()
    act(() =>
      root.render(
        <ConfigProvider>
          <Rows Label={Label} shift={0} />
        </ConfigProvider>,
      ),
    )
    mount.push(performance.now() - t)
    t = performance.now()
    act(() =>
      root.render(
        <ConfigProvider>
          <Rows Label={Label} shift={1} />
        </ConfigProvider>,
      ),
    )
    update.push(performance.now() - t)
    act(() => root.unmount())
    host.remove()
  }
  return { mount: median(mount.slice(1)), update: median(update.slice(1)) }
}

it('measures a 50-row page of labels', () => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  // Warm both paths once so neither pays module and style-cache set-up alone.
  measure(AntdTag)
  measure(PlainLabel)
  const tag = measure(AntdTag)
  const pill = measure(PlainLabel)
  console.log(
    `runs ${RUNS} (first dropped), ${ROWS}x${LABELS_PER_ROW} labels, median ms\n` +
      `antd Tag:    mount ${tag.mount.toFixed(1)}  re-render ${tag.update.toFixed(1)}\n` +
      `StatusLabel: mount ${pill.mount.toFixed(1)}  re-render ${pill.update.toFixed(1)}`,
  )
  expect(document.querySelectorAll('.pill')).toHaveLength(0)
})
