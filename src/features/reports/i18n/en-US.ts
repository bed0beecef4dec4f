import { english } from '../../../shared/i18n/messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  title: 'Monthly compliance report',
  intro:
    'Requests received and closed in the chosen month, handling times, on-time rate, refusal grounds, disclosures and reveals of full values; export it as CSV or print it for management or a regulator.',
  month: 'Month',
  export: 'Export CSV',
  exported: 'Report for {{month}} exported',
  print: 'Print',
  period: 'Period: {{first}} to {{last}} (China Standard Time)',
  generatedAt: 'Generated: {{time}}',
  total: 'Total',
  none: 'Nothing recorded this month',
  sections: {
    requests: 'Requests by type and outcome',
    handling: 'Handling time (working days)',
    handlingNote:
      'Working days from clock start (identity verified; for a cancellation, receipt) to the answer, excluding pauses awaiting the requester; completed and refused requests only.',
    onTime: 'On-time rate',
    onTimeNote:
      'Share completed or refused by the deadline; withdrawn requests and requests whose clock never started do not count.',
    refusals: 'Refusals by ground',
    disclosures: 'Disclosures by basis',
    reveals: 'Reveals of full values by staff member',
  },
  col: {
    type: 'Type',
    received: 'Received',
    completed: 'Completed',
    rejected: 'Refused',
    withdrawn: 'Withdrawn',
    count: 'Requests',
    records: 'Records',
    median: 'Median',
    p90: '90th percentile',
    onTime: 'On time',
    answered: 'Answered',
    rate: 'On-time rate',
    ground: 'Ground',
    basis: 'Basis',
    staff: 'Staff member',
    reveals: 'Reveals',
  },
  noGround: 'No ground recorded',
})
