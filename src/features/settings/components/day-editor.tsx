import { Alert, Form, Input, Radio } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { weekdayOf } from '../../../shared/lib/working-days'
import { FormModal } from '../../../shared/ui/form-modal'
import { useSaveCalendar } from '../api/calendar-api'
import {
  applyDayEdit,
  currentEdit,
  isWeekend,
  type CalendarMaps,
  type DayEdit,
} from '../model/calendar-year'
import { calendarDayNameSchema } from '../../../shared/api/schemas'
import { schemaCount } from '../../../shared/ui/body-text-area'
import { askFor, schemaRules } from '../../../shared/ui/form-rules'
import '../i18n'
import { CalendarProblems } from './calendar-problems'

interface DayEditorProps {
  year: number
  date: string
  maps: CalendarMaps
  loaded: boolean
  /** The year's version as loaded, sent as If-Match. */
  version: number
  onClose(): void
  onSaved(recomputed: number): void
}

/** Marks one day as a holiday, an in-lieu working day, or a normal day; the server checks the whole year. */
export function DayEditor({ year, date, maps, loaded, version, onClose, onSaved }: DayEditorProps) {
  const { t } = useTranslation('settings')
  const [form] = Form.useForm<DayEdit>()
  const save = useSaveCalendar(year, version)
  const kind = Form.useWatch('kind', form)
  const weekend = isWeekend(date)
  const weekday = (t('calendar.weekdayNames', { returnObjects: true }) as string[])[
    (weekdayOf(date) + 6) % 7
  ]

  return (
    <FormModal
      title={t('calendar.edit.title', { date, weekday })}
      form={form}
      saving={save.isPending}
      onClose={onClose}
    >
      {!loaded && (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.edit.unloadedWarning', { year })}
          className="mb-12"
        />
      )}
      {save.error && <CalendarProblems error={save.error} year={year} />}
      <Form<DayEdit>
        form={form}
        layout="vertical"
        initialValues={currentEdit(maps, date)}
        onFinish={(values) =>
          save.mutate(applyDayEdit(maps, date, values), {
            onSuccess: (result) => onSaved(result.recomputed),
          })
        }
      >
        <Form.Item
          name="kind"
          label={t('calendar.edit.kind')}
          extra={weekend ? undefined : t('calendar.edit.inlieuWeekendOnly')}
        >
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
            options={[
              { value: 'normal', label: t('calendar.edit.normal') },
              { value: 'holiday', label: t('calendar.edit.holiday') },
              { value: 'inlieu_workday', label: t('calendar.edit.inlieu'), disabled: !weekend },
            ]}
          />
        </Form.Item>
        {kind !== 'normal' && (
          <Form.Item
            name="name"
            label={t('calendar.edit.name')}
            rules={[
              { required: true, whitespace: true, message: askFor(t, t('calendar.edit.name')) },
              ...schemaRules(calendarDayNameSchema, { require: false }),
            ]}
          >
            <Input {...schemaCount(calendarDayNameSchema)} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  )
}
