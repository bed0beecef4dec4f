import type { Page } from '@playwright/test'

// What a person notices first on a screen that has lost its shape: the page scrolls sideways,
// a column or a label is squeezed until its words stand one character a line, something is drawn
// over the request's action bar, or text is cut off with no ellipsis and nothing to read it by.
// Each finding names the element and what was measured, so a failure says where to look.

export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'
    }
    const textNodes = (el: Element) => {
      const nodes: Text[] = []
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node.textContent?.trim()) nodes.push(node as Text)
      return nodes
    }
    /** Lines some text takes: its boxes, grouped by where they stand. */
    const linesOf = (nodes: Text[]) => {
      const tops: number[] = []
      for (const node of nodes) {
        const half = parseFloat(getComputedStyle(node.parentElement!).fontSize) / 2
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const box of Array.from(range.getClientRects()))
          if (box.width > 0 && !tops.some((top) => Math.abs(top - box.top) < half))
            tops.push(box.top)
      }
      return tops.length
    }

    const root = document.scrollingElement!
    if (root.scrollWidth > window.innerWidth)
      problems.push(`the page scrolls sideways: ${root.scrollWidth}px wide in ${innerWidth}px`)

    // Column headings and description labels: at least two characters wide, on at most two lines.
    const labels = document.querySelectorAll(
      '.ant-table-thead > tr > th:not(.ant-table-selection-column), .ant-descriptions-item-label',
    )
    for (const label of Array.from(labels)) {
      const text = (label.textContent ?? '').trim()
      if (!text || !shown(label)) continue
      const style = getComputedStyle(label)
      const room =
        label.getBoundingClientRect().width -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight)
      const needed = Math.min(2, [...text].length) * parseFloat(style.fontSize)
      if (room < needed - 0.5)
        problems.push(`${name(label)} is ${Math.round(room)}px wide, under two characters`)
      const lines = linesOf(textNodes(label))
      if (lines > 2) problems.push(`${name(label)} wraps to ${lines} lines`)
    }

    // A value in a table cell wraps, if it must, a few characters a line: a word or a date
    // standing one or two characters a line means its column was squeezed.
    for (const cell of Array.from(document.querySelectorAll('.ant-table-tbody > tr > td'))) {
      if (!shown(cell)) continue
      for (const node of textNodes(cell)) {
        const text = node.textContent!.trim()
        const lines = linesOf([node])
        if (lines > 1 && [...text].length / lines < 3)
          problems.push(`"${text.slice(0, 40)}" in ${name(cell)} stands ${lines} lines`)
      }
    }

    // Nothing is drawn over the request's action bar once it sticks to the top of the page.
    const bar = document.querySelector('[data-testid="action-bar"]')
    const dialogOpen = Array.from(document.querySelectorAll('[role="dialog"]')).some(shown)
    if (bar && shown(bar) && !dialogOpen) {
      const scrolled = root.scrollTop
      root.scrollTop = Math.min(root.scrollHeight, (bar as HTMLElement).offsetTop + 400)
      const box = bar.getBoundingClientRect()
      for (let x = box.left + 4; x < box.right; x += 24)
        for (const y of [box.top + 2, box.top + box.height / 2, box.bottom - 2]) {
          const hit = document.elementFromPoint(x, y)
          if (hit && !bar.contains(hit))
            problems.push(`${name(hit)} is drawn over the action bar at ${Math.round(x)},${y}`)
        }
      root.scrollTop = scrolled
    }

    // Text wider than its box is either shown whole or cut with an ellipsis and readable in full
    // on hover (a title, on the element or around it).
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!(el instanceof HTMLElement) || !shown(el)) continue
      const ownText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      )
      if (!ownText || el.scrollWidth <= el.clientWidth + 1) continue
      const style = getComputedStyle(el)
      if (style.display === 'inline' || /auto|scroll/.test(style.overflowX)) continue
      if (style.textOverflow === 'ellipsis' && el.closest('[title], [aria-describedby]')) continue
      problems.push(
        `${name(el)} is cut off: ${el.scrollWidth}px of text in ${el.clientWidth}px` +
          (style.textOverflow === 'ellipsis' ? ' (an ellipsis but no title)' : ''),
      )
    }
    // An empty field's hint is read whole: a cut hint has no title to read it by.
    const pen = document.createElement('canvas').getContext('2d')!
    for (const input of Array.from(
      document.querySelectorAll<HTMLInputElement>('input[placeholder]'),
    )) {
      if (input.value || !input.placeholder || !shown(input)) continue
      const style = getComputedStyle(input)
      pen.font = `${style.fontSize} ${style.fontFamily}`
      const room =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      const width = pen.measureText(input.placeholder).width
      if (width > room + 1)
        problems.push(
          `the hint "${input.placeholder}" is cut off: ${Math.round(width)}px in ${room}px`,
        )
    }
    return [...new Set(problems)]
  })
}
