// Prints the styles antd computes for the components of the signed-in first screens, as a
// stylesheet for the production build (the `antd-first-screen-styles` plugin in vite.config.ts;
// src/shared/ui/antd-first-screen.ts puts it in the page).
//
// antd writes each component's styles in the browser the first time the component draws: on a cold
// load of the queue that took about a third of React's first render. With this stylesheet loaded,
// antd finds each of these components' styles already there (by the cache-path map at its end) and
// neither computes nor inserts them. A component not drawn here, or under another theme, still
// gets its styles computed as before, so a missing one costs time, never looks.
//
// Run by the build in its own process: `node --import tsx scripts/antd-first-screen-styles.ts`.
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs'
import {
  Alert,
  Button,
  Card,
  ConfigProvider,
  Descriptions,
  Empty,
  Input,
  Layout,
  Radio,
  Select,
  Skeleton,
  Space,
  Spin,
  Table,
  Tooltip,
} from 'antd'
import { createElement as h, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { THEME } from '../src/shared/ui/theme'

// What the shell and the home screens draw on a first load: the layout and its sider, the filter
// bars (inputs, search, selects, buttons, compact groups), the views' radio buttons, the calendar
// banner, tooltips, a table with its pagination and loading mask, the placeholder rows a page
// shows while its data is on its way, cards and fact lists.
function FirstScreens(): ReactNode {
  const rows = [{ key: '1', id: 'R1' }]
  return h(
    Layout,
    null,
    h(Layout.Sider, null),
    h(
      Layout.Content,
      null,
      h(Alert, { type: 'warning', showIcon: true, title: 'a' }),
      h(Alert, { type: 'info', showIcon: true, title: 'a' }),
      h(
        Space,
        null,
        h(Input, { 'aria-label': 'a' }),
        h(Input.Search, { 'aria-label': 'a' }),
        h(Select, { 'aria-label': 'a', options: [{ value: 'a' }] }),
        h(Button, { type: 'primary' }, 'a'),
        h(Button, null, 'a'),
        h(Space.Compact, null, h(Button, null, 'a'), h(Button, null, 'b')),
      ),
      h(Radio.Group, {
        optionType: 'button',
        options: [{ value: 'a', label: 'a' }],
        value: 'a',
      }),
      h(Tooltip, { title: 'a' }, h('span', null, 'a')),
      h(Table, {
        columns: [{ title: 'id', dataIndex: 'id' }],
        dataSource: rows,
        pagination: { total: 100, showSizeChanger: true },
        loading: true,
      }),
      h(
        Card,
        { title: 'a' },
        h(Descriptions, { items: [{ key: 'a', label: 'a', children: 'a' }] }),
      ),
      h(Skeleton, { active: true, title: false, paragraph: { rows: 3 } }),
      h(Empty),
      h(Spin),
    ),
  )
}

const cache = createCache()
renderToString(h(StyleProvider, { cache }, h(ConfigProvider, { theme: THEME }, h(FirstScreens))))
// Only the components' styles: antd's theme variables are written per page (their class carries
// an id React gives each page), and antd adds them itself, which is quick.
const styles = extractStyle(cache, { plain: true, types: ['style'] })
process.stdout.write(styles)
