import { maxLength, maxValue, minValue, NumberInput, required, TextInput } from 'react-admin';
import { pickWritable } from '../../common/transform';
import { integer } from '../../common/validators';

export const LOAN_DAYS_DEFAULT = 3;


const pickLoan = pickWritable(['householdId', 'borrower', 'purpose', 'loanDays', 'requestId'] as const);

/** POST /file-loans takes householdId, borrower, purpose and optionally loanDays (1..30, default 3) and the form's requestId. */
export const loanCreateTransform = (data: Record<string, unknown>) => {
  const body = pickLoan(data);
  if (body.loanDays == null || body.loanDays === '') delete body.loanDays;
  return body;
};

export const loanDefaults = { loanDays: LOAN_DAYS_DEFAULT };

export const LoanInputs = () => (
  <>
    <TextInput source="borrower" validate={[required(), maxLength(100)]} />
    <TextInput source="purpose" validate={[required(), maxLength(200)]} multiline />
    <NumberInput
      source="loanDays"
      min={1}
      max={30}
      step={1}
      validate={[integer, minValue(1), maxValue(30)]}
      helperText="estate.loans.loan_days_hint"
    />
  </>
);
