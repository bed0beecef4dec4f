import {
  RotateLeftOutlined,
  RotateRightOutlined,
  UndoOutlined,
  ZoomInOutlined,
  ZoomOutOutlined,
} from '@ant-design/icons'
import { Button, Modal, Space, Tooltip, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { IdentityDocument } from '../../../shared/api/schemas'
import '../i18n'
import { placeholderImage } from '../model/placeholder-image'
import { useAppTokens } from '../../../shared/ui/theme'

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const

/** Shows a document (a drawn placeholder) with zoom and rotate, all by keyboard too. */
export function DocumentViewer({
  document,
  onClose,
}: {
  document: IdentityDocument
  onClose(): void
}) {
  const token = useAppTokens()
  const { t } = useTranslation('identity')
  const [zoom, setZoom] = useState(2)
  const [turns, setTurns] = useState(0)
  const kind = t(`common:identityEvidence.${document.kind}`)
  const scale = ZOOMS[zoom] ?? 1
  const tool = (label: string, icon: ReactNode, onClick: () => void, disabled = false) => (
    <Tooltip title={label}>
      <Button aria-label={label} icon={icon} onClick={onClick} disabled={disabled} />
    </Tooltip>
  )
  return (
    <Modal
      open
      width={760}
      title={t('viewer.title', { kind, name: document.name })}
      onCancel={onClose}
      footer={null}
    >
      <Space wrap className="mb-12">
        {tool(
          t('viewer.zoomOut'),
          <ZoomOutOutlined />,
          () => setZoom((z) => Math.max(0, z - 1)),
          zoom === 0,
        )}
        {tool(
          t('viewer.zoomIn'),
          <ZoomInOutlined />,
          () => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1)),
          zoom === ZOOMS.length - 1,
        )}
        {tool(t('viewer.rotateLeft'), <RotateLeftOutlined />, () => setTurns((r) => r - 1))}
        {tool(t('viewer.rotateRight'), <RotateRightOutlined />, () => setTurns((r) => r + 1))}
        {tool(t('viewer.reset'), <UndoOutlined />, () => {
          setZoom(2)
          setTurns(0)
        })}
        <Typography.Text type="secondary" aria-live="polite" data-testid="viewer-state">
          {t('viewer.zoom', { percent: Math.round(scale * 100) })} · {(((turns % 4) + 4) % 4) * 90}°
        </Typography.Text>
      </Space>
      {/* Auto margins in a flex box centre the image yet keep all of it scrollable when zoomed in. */}
      <div
        style={{ height: 460, overflow: 'auto', background: token.colorViewerBg, display: 'flex' }}
        tabIndex={0}
        role="group"
        aria-label={kind}
      >
        <img
          src={placeholderImage(document.kind, kind, t('viewer.placeholder'))}
          alt={t('viewer.alt', { kind })}
          data-testid="document-image"
          style={{
            width: 420 * scale,
            margin: 'auto',
            transform: `rotate(${turns * 90}deg)`,
            transition: 'transform 0.2s',
          }}
        />
      </div>
    </Modal>
  )
}
