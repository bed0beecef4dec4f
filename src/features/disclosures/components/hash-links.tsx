import { Alert, Button, Descriptions, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { GENESIS_HASH, hashRecord, type ChainLink } from '../../../shared/lib/hash-chain'
import '../i18n'

/** One record's place in the chain, and its hash recomputed here from the JSON the server sent. */
export function HashLinks({ raw, onOpen }: { raw: ChainLink; onOpen(seq: number): void }) {
  const { t } = useTranslation('disclosures')
  const [recomputed, setRecomputed] = useState<{ of: ChainLink; hash: string } | null>(null)

  useEffect(() => {
    let live = true
    void hashRecord(raw).then((hash) => live && setRecomputed({ of: raw, hash }))
    return () => {
      live = false
    }
  }, [raw])

  const hash = (value: string) => (
    <Typography.Text code copyable className="text-small break-all">
      {value}
    </Typography.Text>
  )
  const current = recomputed?.of === raw ? recomputed.hash : null

  return (
    <section aria-labelledby="hash-links-title">
      <Typography.Title level={2} id="hash-links-title" style={{ fontSize: 15 }}>
        {t('drawer.hashes')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'prev',
            label: t('drawer.prevHash'),
            children: (
              <>
                {hash(raw.prevHash)}
                <div>
                  {raw.prevHash === GENESIS_HASH ? (
                    t('drawer.genesis')
                  ) : (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0 }}
                      onClick={() => onOpen(raw.seq - 1)}
                    >
                      {t('drawer.prevLink', { seq: raw.seq - 1 })}
                    </Button>
                  )}
                </div>
              </>
            ),
          },
          { key: 'hash', label: t('drawer.hash'), children: hash(raw.hash) },
        ]}
      />
      {current && (
        <Alert
          className="mt-8"
          showIcon
          type={current === raw.hash ? 'success' : 'error'}
          title={current === raw.hash ? t('drawer.recomputed') : t('drawer.mismatch')}
        />
      )}
    </section>
  )
}
