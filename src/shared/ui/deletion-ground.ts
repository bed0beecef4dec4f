import type { TFunction } from '../i18n/i18n'
import { deletionGroundSource, type DeletionGround } from '../api/enums'

/** A deletion ground in words, with where it comes from: the policy's 6(3) or PIPL art. 47. */
export function deletionGroundWords(t: TFunction, ground: DeletionGround): string {
  const { source, n } = deletionGroundSource(ground)
  return t('common:deletionGroundNumbered', {
    source: t(`common:deletionGroundSource.${source}`),
    n,
    label: t(`common:deletionGround.${ground}`),
  })
}
