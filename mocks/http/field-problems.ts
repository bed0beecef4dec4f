import type { FieldIssue, FieldIssueCode } from '../../src/shared/api/field-issues'

/**
 * The bad fields of one refusal, each in the server's own words (`details.fields`) and by the code
 * the console words it with (`details.issues`), added together so no field is left without a code.
 */
export class FieldProblems {
  readonly fields: Record<string, string> = {}
  readonly issues: Record<string, FieldIssue> = {}

  add(field: string, issue: FieldIssue | FieldIssueCode, message: string): this {
    this.fields[field] = message
    this.issues[field] = typeof issue === 'string' ? { code: issue } : issue
    return this
  }

  get any(): boolean {
    return Object.keys(this.fields).length > 0
  }
}
