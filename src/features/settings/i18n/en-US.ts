import { english } from '../../../shared/i18n/messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  settings: {
    title: 'Settings',
    sla: {
      title: 'Deadlines, fees, reveal limit and incident reports',
      hint: 'When saved, the target and deadline of every open request are recomputed with the new settings.',
      cancellationTargetDays: 'Cancellation target (working days)',
      cancellationDeadlineDays: 'Cancellation deadline (working days)',
      otherDeadlineDays: 'Other requests deadline (after identity check, working days)',
      freeRequestsPerYear: 'Free requests per user per year (a cost fee may apply beyond)',
      unverifiedAutoCloseDays: 'Close unverified requests after (days)',
      copyLinkValidDays: 'Copy download link valid for (days)',
      revealsPerHour: 'Reveals of full values per staff member per hour',
      regulatorReportHoursLow:
        'Report a general (一般) incident to the regulator within (hours from discovery; 0 for no set time)',
      regulatorReportHoursMedium:
        'Report a relatively major (较大) incident within (hours from discovery)',
      regulatorReportHoursHigh: 'Report a major (重大) incident within (hours from discovery)',
      regulatorReportHoursCritical:
        'Report an especially major (特别重大) incident within (hours from discovery)',
      rule: {
        cancellationTargetDays: 'No later than the cancellation deadline, nor than 10 working days',
        cancellationDeadlineDays:
          'At most 10 working days: policy 6(5) promises a cancellation within 10 working days of the request',
        otherDeadlineDays: 'At most 15 working days (from when identity is verified)',
        regulatorReportHoursLow:
          'The national measures on reporting cybersecurity incidents (2025) set no time for a general incident; 0 sets none',
        regulatorReportHoursMajor:
          'At most 4 hours: a relatively major or graver incident is reported within 4 hours of its discovery (national measures, 2025); an operator of critical information infrastructure within 1 hour',
      },
      range: 'Enter a whole number from {{min}} to {{max}}',
      freeAtLeastOne:
        'At least 1: reasonable requests are free (policy 6(8)); only copy and access requests beyond the allowance may carry a fee',
      targetAfterDeadline:
        'The target cannot be later than the deadline ({{deadline}} working days)',
      saved: 'Settings saved; deadlines of {{count}} open requests were recomputed.',
      confirm: {
        title: 'Save the settings?',
        body: 'Once saved, the target or deadline of {{count}} open requests changes to follow the new settings, at once.',
        bodyNone: 'Once saved, no open request’s target or deadline changes.',
        ok: 'Save',
      },
    },
    network: {
      title: 'Network conditions',
      hint: 'Affects only the mock backend in this browser, to show the console on a slow or unreliable network. This control itself is never affected; do not reload the page while offline, or the session cannot be restored.',
      latencyMs: 'Latency (ms)',
      failureRate: 'Failure rate (0–1)',
      offline: 'Offline',
      save: 'Apply',
      clear: 'Turn all off',
      active: 'Faults are on',
      inactive: 'Network normal',
      saved: 'Network conditions updated',
    },
    reset: {
      title: 'Reset demo data',
      hint: 'Puts every request, user, disclosure and audit event back to the seed. Staff stay signed in.',
      button: 'Reset demo data…',
      confirmTitle: 'Reset all demo data?',
      confirmBody:
        'Every change made so far (request work, new staff, calendar and settings edits) is lost and cannot be undone. The audit log starts again, its first event recording who reset it, when, and the length and last hash of the log it replaced; the existing checkpoints can still be exported.',
      typeToConfirm: 'Type {{word}} to confirm',
      confirm: 'Reset',
      done: 'The demo data is back to the seed; everything on screen was reloaded.',
    },
  },
  tag: {
    offline: 'Network faults: offline',
    faults: 'Network faults: {{parts}}',
    latency: '{{ms}} ms latency',
    failure: '{{percent}}% failures',
  },

  staff: {
    title: 'Staff',
    create: 'New staff account',
    col: {
      username: 'Username',
      displayName: 'Display name',
      role: 'Role',
      active: 'Status',
      actions: 'Actions',
    },
    active: 'Active',
    inactive: 'Deactivated',
    you: ' (you)',
    selfHint: 'You cannot change your own role or deactivate your own account',
    changeRole: 'Change role',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    deactivateConfirm:
      'Deactivate {{name}}? Their signed-in sessions end at once and they cannot sign in.',
    reactivateConfirm: 'Reactivate {{name}}? They can sign in with their existing password again.',
    deactivated: '{{name}} is deactivated',
    reactivated: '{{name}} is active again',
    roleChanged: '{{name}} is now {{role}}; their sessions ended and they must sign in again',
    created:
      'Created {{name}} ({{username}}); the activation code was sent to them (not shown to you)',
    notActivated: 'Not activated',
    issueCode: 'Issue new activation code',
    issueCodeConfirm:
      'Send {{name}} a new activation code? Their current password stops working and their sessions end; they set a new password with the code.',
    codeIssued: 'A new activation code was sent to {{name}} (not shown to you)',
    resetPassword: 'Reset password',
    resetPasswordLabel: 'Reset password: issue a new activation code',
    resetPasswordConfirm:
      'Reset the password of {{name}}? Their current password stops working at once and every signed-in session ends; they set a new password themselves with a new activation code. This is recorded in the audit log.',
    passwordReset:
      'The password of {{name}} was reset: the old one no longer works and their sessions ended; a new activation code was sent to them (not shown to you)',
    total: '{{total}} staff accounts',
    form: {
      title: 'New staff account',
      roleTitle: 'Change the role of {{name}}',
      username: 'Username',
      usernameRule: '3–32 lower-case letters, digits or _, starting with a letter',
      usernameTaken: 'This username is already taken',
      usernameInvalid: 'The username does not follow the rule below',
      displayName: 'Display name',
      role: 'Role',
      contact: 'Their own mobile number or work email',
      contactHint:
        'The activation code goes here and the member sets their own password; you never see the code.',
      contactInvalid: 'Enter an 11-digit mobile number or an email address',
    },
  },

  calendar: {
    title: 'Working-day calendar',
    year: 'Year',
    yearOption: '{{year}}',
    source: { official: 'Official', admin: 'Maintained by admin', none: 'Not loaded' },
    sourceLabel: 'Source',
    summary: '{{holidays}} holidays, {{workdays}} in-lieu working days',
    notLoaded:
      'The {{year}} calendar is not loaded: deadlines in that year are provisional. Load the whole year from a file.',
    kind: {
      workday: 'Working day',
      weekend: 'Weekend',
      holiday: 'Holiday',
      inlieu_workday: 'In-lieu working day',
    },
    legend: 'Legend',
    mark: { holiday: 'H', inlieu_workday: 'W' },
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    weekdays: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
    weekdayNames: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    keyboardHint: 'Arrow keys move between days; Enter edits the selected day',
    entries: 'Holidays and in-lieu working days of {{year}}',
    col: { date: 'Date', weekday: 'Weekday', kind: 'Kind', name: 'Name' },
    noEntries: 'No holidays or in-lieu working days in this year',
    saved: 'The {{year}} calendar is saved; deadlines of {{count}} open requests were recomputed.',
    edit: {
      title: 'Edit {{date}} ({{weekday}})',
      kind: 'This day is',
      normal: 'A normal day (Monday–Friday work, weekends off)',
      holiday: 'A holiday',
      inlieu: 'An in-lieu working day',
      inlieuWeekendOnly: 'An in-lieu working day must be a Saturday or Sunday.',
      name: 'Name',
      unloadedWarning:
        'The {{year}} calendar is not loaded: after saving, the year counts as loaded with only the days you enter. Loading the whole year from a file is better.',
    },
    upload: {
      open: 'Load from a JSON file…',
      title: 'Load the {{year}} calendar from a file',
      format: 'File format (JSON, UTF-8):',
      rules:
        'Every date must be in {{year}} and written YYYY-MM-DD; an in-lieu working day must be a Saturday or Sunday; a date may appear only once. The file replaces all holidays and in-lieu working days of {{year}}; if any line is wrong, nothing is changed.',
      file: 'Calendar file',
      apply: 'Load',
      invalid: '{{count}} problems in the file; the calendar was not changed:',
      line: 'Line {{line}}',
      unreadable: 'The file could not be read',
      list: { holidays: 'Holidays', workdays: 'In-lieu working days' },
      problem: {
        json_syntax: 'Not valid JSON: check the quotes, commas and brackets',
        year_range: 'The year must be between 1900 and 2199',
        not_object: 'The file must hold one JSON object (starting with {)',
        year_mismatch: 'The year in the file must be {{year}}',
        duplicate_key: '{{list}} appear more than once',
        missing_holidays: 'The list of holidays is missing',
        not_a_map: '{{list}} must be an object of date: name',
        date_format: '{{list}} {{date}}: write the date as YYYY-MM-DD',
        no_such_date: '{{list}} {{date}}: no such date',
        outside_year: '{{list}} {{date}}: not in {{year}}',
        listed_twice: '{{list}} {{date}}: listed twice',
        holiday_and_workday:
          '{{list}} {{date}}: cannot be both a holiday and an in-lieu working day',
        empty_name: '{{list}} {{date}}: the name is empty',
        workday_not_weekend:
          '{{list}} {{date}}: an in-lieu working day must be a Saturday or Sunday',
      },
    },
  },
})
