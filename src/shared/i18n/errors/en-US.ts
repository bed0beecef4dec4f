import { english } from '../messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  code: {
    ACTIVATION_CODE_EXPIRED:
      'The activation code has expired (valid for 24 hours). Ask an admin to issue a new one.',
    ACTIVATION_CODE_USED:
      'This activation code was already used. Sign in, or ask an admin to issue a new one.',
    ACTIVATION_CODE_VOID:
      'Too many wrong codes: this code no longer works. Ask an admin to issue a new one.',
    ACTIVATION_CODE_WRONG:
      'Wrong username or activation code. After 5 wrong codes the code stops working.',
    ALREADY_EXECUTED: 'This data category was already carried out.',
    AUTOMATIC_CHECK_FAILED:
      'The automatic check failed; use another method or prepare a rejection.',
    CALENDAR_INVALID: 'The calendar has errors; correct them as shown and save again.',
    CHAIN_BROKEN: 'The chain check found altered records; report it to compliance now.',
    CHECKPOINT_BEHIND: 'The checkpoint is behind the records; verify again first.',
    CHECKPOINT_MISMATCH:
      'The checkpoint does not match the records, which may have been altered; report it to compliance.',
    CODE_USED: 'This code was already used once; ask support for a new code.',
    DATA_DELETED:
      'This was deleted on {{removedAt}} by the data plan of request {{requestId}}: the platform no longer holds it, so it cannot be shown.',
    DUPLICATE_REFERENCE: 'This report number is already recorded; check it.',
    EXTENSION_NOT_ALLOWED:
      "The deadline cannot be extended like this: a cancellation's deadline never passes the 10th working day from receipt (policy 6(5)); other requests have a deadline only once identity is verified, and are extended once, by at most 15 working days.",
    UNREACHED_USERS_NOT_ANNOUNCED:
      'The incident cannot be closed yet: some notices to users failed and no announcement is published. Retry the failed notices until they are delivered, or publish an announcement that tells these users.',
    FEE_NOT_ALLOWED:
      'This request cannot carry a fee: only copy and access requests beyond the free allowance can.',
    FEE_ALREADY_QUOTED: 'A fee was already quoted for this request.',
    FEE_PENDING: 'A fee is waiting for the user; go on once they accept or withdraw.',
    FORBIDDEN: 'Your role may not do this.',
    IDEMPOTENCY_KEY_REQUIRED: 'The request had no idempotency key; reload the page and retry.',
    IDEMPOTENCY_KEY_REUSED:
      'The same action was already sent with other content; reload the page and submit again.',
    IDENTITY_INCOMPLETE: 'The identity evidence is incomplete; add what is required.',
    INCIDENT_CLOSED: 'This incident is closed and cannot change.',
    INTERNAL:
      'The server failed; try again later, and if it keeps failing give support the correlation id.',
    INVALID_CREDENTIALS: 'Wrong username or password.',
    INVALID_TRANSITION:
      'The request’s current status does not allow this; reload to see where it stands.',
    LINK_EXPIRED: 'The download link has expired.',
    LINK_LOCKED: 'Too many wrong codes: the link is locked.',
    LINK_NOT_FOUND: 'The download link does not exist.',
    MAKER_CHECKER: 'You prepared this decision; another lead must approve it.',
    MALFORMED_JSON: 'The content sent was malformed; reload the page and retry.',
    MERGE_NOT_ALLOWED: 'These two requests cannot be merged.',
    METHOD_NOT_ALLOWED: 'This record is append-only: it cannot be changed or deleted.',
    NO_AFFECTED_USERS: 'There are no affected users yet; add them first.',
    NO_DATA_PLAN: 'This request has no data plan yet.',
    NO_PENDING_FEE: 'No fee is waiting for the user.',
    NO_VERIFIED_CONTACT:
      'The identity check verified no phone of the requester, so no code can be sent: finish the check first.',
    NOT_ASSIGNEE:
      'This request is assigned to a colleague: only its assignee or a lead may work it.',
    NOT_FOUND: 'Not found: it may have been removed, or the id is wrong.',
    NOTHING_TO_ADD: 'There are no new users to add.',
    NOTHING_TO_RETRY: 'No failed notice needs sending again.',
    NOTICE_INCOMPLETE: 'The notice is incomplete; fill in every part before sending.',
    PAYLOAD_TOO_LARGE: 'What was sent is too large (over 64 KiB); shorten it and retry.',
    PRECONDITION_FAILED:
      'A precondition failed, so this cannot be approved: see the failing checks.',
    PRECONDITION_REQUIRED: 'The version was missing; reload the page and retry.',
    REVERIFICATION_NEEDED:
      'Re-verify first: a new phone number needs the code sent to it, a new ID number photos of both sides of the new card.',
    FIELD_HAS_VALUE: 'This field already has a value: correct it rather than supplement it.',
    FIELD_EMPTY: 'This field is empty: supplement it rather than correct it.',
    REQUESTER_NOT_ELIGIBLE:
      'This requester cannot act for the user: a guardian only for a minor, a close relative only for a deceased user (with the evidence recorded).',
    REVEAL_LIMIT: 'You have reached this hour’s limit of reveals; try again later.',
    SELF_LOCKOUT: 'You cannot deactivate or demote your own account.',
    SESSION_EXPIRED: 'Your session expired; sign in again.',
    SESSION_REVOKED: 'Your session was ended; sign in again.',
    STALE_VERSION:
      'Someone else changed this after you loaded it; your change was not saved. Load the latest, check it and try again.',
    TOO_MANY_ATTEMPTS: 'Too many attempts; wait a moment and try again.',
    UNAUTHENTICATED: 'Sign in first.',
    USE_TYPE_ACTION: 'Use this request type’s own panel for this.',
    USERNAME_TAKEN: 'This username is taken.',
    VALIDATION_FAILED: 'Some input is wrong; correct it as shown.',
    WRONG_CODE: 'Wrong code.',
    WRONG_REQUEST_TYPE: 'This action does not apply to this type of request.',
  },
  status: {
    '400': 'Some input is wrong; correct it as shown.',
    '401': 'Sign in first.',
    '403': 'You may not do this.',
    '404': 'Not found.',
    '405': 'This record is append-only.',
    '409': 'The current state does not allow this; reload to see where it stands.',
    '410': 'This no longer exists.',
    '412': 'Someone else changed this after you loaded it.',
    '413': 'What was sent is too large.',
    '422': 'The same action was already sent with other content.',
    '428': 'The version was missing; reload the page and retry.',
    '429': 'Too many attempts; try again later.',
    other: 'The action failed; try again later.',
  },
  field: {
    required: 'Required',
    too_short: 'At least {{minimum}} characters',
    too_long: 'At most {{maximum}} characters',
    too_few: 'Choose at least {{minimum}}',
    too_many: 'At most {{maximum}}',
    too_small: 'At least {{minimum}}',
    too_big: 'At most {{maximum}}',
    invalid_format: 'Not in the right format; check it',
    invalid_value: 'Not one of the choices; choose again',
    invalid: 'Not valid; check it',
    id_length: 'An ID number has 18 characters; check the number',
    id_format: 'An ID number is 17 digits and a digit or X; check the number',
    id_birth_date: 'The birth date in this ID number does not exist; check the number',
    id_checksum: 'The check character is wrong; check the number',
    phone_format: 'Enter an 11-digit mobile number (starting 13–19)',
    name_format: 'Enter 2–30 Chinese or Latin letters',
    same_value: 'Same as the current value; nothing to correct',
    incomplete: 'Something required is still missing; add it as shown',
    checks_failed: 'Automatic checks failed: this cannot pass',
    in_future: 'Cannot be in the future',
    out_of_order: 'Out of order: cannot be earlier than the time it follows',
    not_found: 'No matching record; check it',
    duplicate: 'Listed more than once; each may appear only once',
    taken: 'Already in use; choose another',
    not_applicable: 'Does not apply here; choose again',
    not_assignable: 'Only an active agent or lead can take it',
    own_account: 'Not on your own account',
    wrong_code: 'The code is not right; check it',
    resend_code: 'Send a new code to the new number first',
    already_withdrawn: 'Some of these were already withdrawn',
    not_on_file: 'No document on file for this; upload it first',
    empty: 'Nothing usable in it; check it',
    has_value: 'Holds a value: correct it instead of supplementing',
    is_empty: 'Empty: supplement it instead of correcting',
    retention_rule: 'Does not meet the legal retention rules; check it',
  },
  serverSaid: 'Server said',
  detail: 'Technical detail',
  unexpected:
    'Something unexpected went wrong on this page. Try again; if it happens again, contact support with the technical detail, if any.',
})
