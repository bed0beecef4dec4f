import type { IdentityDocumentKind } from '../../../shared/api/enums'
import { DRAWING } from '../../../shared/ui/theme'

// The console never holds real ID photos: the viewer shows drawings made here, on the fly, with
// placeholder text only (no name or number of any real person).

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function cardFront(): string {
  return `
    <rect x="40" y="40" width="520" height="328" rx="22" fill="${DRAWING.frontFill}" stroke="${DRAWING.frontLine}" stroke-width="3"/>
    <text x="70" y="100" font-size="22" fill="${DRAWING.frontText}">姓名  示例</text>
    <text x="70" y="145" font-size="22" fill="${DRAWING.frontText}">性别  —    民族  —</text>
    <text x="70" y="190" font-size="22" fill="${DRAWING.frontText}">出生  ____年__月__日</text>
    <text x="70" y="235" font-size="22" fill="${DRAWING.frontText}">住址  ——————</text>
    <text x="70" y="330" font-size="22" fill="${DRAWING.frontText}">公民身份号码  000000 ******** 0000</text>
    <rect x="410" y="80" width="120" height="150" rx="8" fill="${DRAWING.photoFill}"/>
    <circle cx="470" cy="135" r="30" fill="${DRAWING.silhouette}"/>
    <rect x="430" y="172" width="80" height="50" rx="25" fill="${DRAWING.silhouette}"/>`
}

function cardBack(): string {
  return `
    <rect x="40" y="40" width="520" height="328" rx="22" fill="${DRAWING.backFill}" stroke="${DRAWING.backLine}" stroke-width="3"/>
    <circle cx="120" cy="120" r="45" fill="none" stroke="${DRAWING.stamp}" stroke-width="4"/>
    <text x="190" y="115" font-size="28" fill="${DRAWING.backText}">中华人民共和国</text>
    <text x="190" y="160" font-size="34" fill="${DRAWING.backText}">居民身份证（样例）</text>
    <text x="90" y="270" font-size="22" fill="${DRAWING.backText}">签发机关  示例公安局</text>
    <text x="90" y="315" font-size="22" fill="${DRAWING.backText}">有效期限  ____.__.__-____.__.__</text>`
}

function holding(): string {
  return `
    <rect x="0" y="0" width="600" height="408" fill="${DRAWING.scene}"/>
    <circle cx="300" cy="120" r="62" fill="${DRAWING.person}"/>
    <rect x="200" y="190" width="200" height="200" rx="90" fill="${DRAWING.person}"/>
    <rect x="225" y="250" width="150" height="95" rx="8" fill="${DRAWING.frontFill}" stroke="${DRAWING.frontLine}" stroke-width="3" transform="rotate(-6 300 297)"/>
    <text x="248" y="305" font-size="16" fill="${DRAWING.frontText}" transform="rotate(-6 300 297)">身份证（样例）</text>`
}

function paper(title: string): string {
  return `
    <rect x="150" y="20" width="300" height="368" fill="${DRAWING.paper}" stroke="${DRAWING.paperLine}" stroke-width="2"/>
    <text x="300" y="80" font-size="26" text-anchor="middle" fill="${DRAWING.paperTitle}">${escapeXml(title)}</text>
    ${[120, 150, 180, 210, 240, 270, 300].map((y) => `<rect x="185" y="${y}" width="${y % 60 === 0 ? 180 : 230}" height="8" fill="${DRAWING.paperText}"/>`).join('')}
    <circle cx="390" cy="340" r="28" fill="none" stroke="${DRAWING.stamp}" stroke-width="3"/>`
}

/** An SVG data URL drawing the document kind, with a "placeholder" watermark. */
export function placeholderImage(
  kind: IdentityDocumentKind,
  title: string,
  watermark: string,
): string {
  const body =
    kind === 'id_card_front'
      ? cardFront()
      : kind === 'id_card_back'
        ? cardBack()
        : kind === 'id_card_holding'
          ? holding()
          : paper(title)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="408" viewBox="0 0 600 408" font-family="sans-serif">
    <rect width="600" height="408" fill="${DRAWING.canvas}"/>${body}
    <text x="300" y="220" font-size="40" text-anchor="middle" fill="${DRAWING.watermark}" opacity="0.35" transform="rotate(-18 300 204)">${escapeXml(watermark)}</text>
  </svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
