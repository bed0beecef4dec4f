import { ALL_ROLES, defineEndpoint, WORKERS } from '../endpoint'
import { personalDataHoldingsSchema } from '../personal-data'
import {
  accessAnswerInputSchema,
  consentOverviewSchema,
  consentWithdrawalInputSchema,
  correctionCodeInputSchema,
  correctionCodeSentSchema,
  correctionInputSchema,
} from '../rights-schemas'
import { requestDetailSchema } from '../schemas'

export const rightsEndpoints = {
  consents: defineEndpoint({
    method: 'get',
    path: '/requests/:id/consents',
    roles: ALL_ROLES,
    response: consentOverviewSchema,
  }),
  withdrawConsent: defineEndpoint({
    method: 'post',
    path: '/requests/:id/consent-withdrawal',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: consentWithdrawalInputSchema,
  }),
  correct: defineEndpoint({
    method: 'post',
    path: '/requests/:id/correction',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: correctionInputSchema,
  }),
  personalData: defineEndpoint({
    method: 'get',
    path: '/requests/:id/personal-data',
    roles: ALL_ROLES,
    response: personalDataHoldingsSchema,
  }),
  sendCorrectionCode: defineEndpoint({
    method: 'post',
    path: '/requests/:id/correction-code',
    roles: WORKERS,
    idempotent: true,
    response: correctionCodeSentSchema,
    body: correctionCodeInputSchema,
  }),
  answerAccess: defineEndpoint({
    method: 'post',
    path: '/requests/:id/access-answer',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: accessAnswerInputSchema,
  }),
}
