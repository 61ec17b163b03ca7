import { AutocompleteInput, NumberInput, ReferenceInput, required, TextInput, type NumberInputProps, type TextInputProps, type Validator } from 'react-admin';
import { notNegative, period, positive, twoDecimals } from '../common/validators';

/**
 * A billing period "YYYY-MM": the browser's month picker where it has one, a text input with the
 * same format elsewhere.
 */
export const PeriodInput = ({ isRequired = false, ...props }: TextInputProps & { isRequired?: boolean }) => (
  <TextInput
    type="month"
    placeholder="YYYY-MM"
    validate={isRequired ? [required(), period] : period}
    slotProps={{ inputLabel: { shrink: true } }}
    {...props}
  />
);

/** An amount of yuan with at most two decimals; above zero unless `allowZero`; `validate` adds checks of the form's own. */
export const MoneyInput = ({
  isRequired = false,
  allowZero = false,
  validate = [],
  ...props
}: Omit<NumberInputProps, 'validate'> & { isRequired?: boolean; allowZero?: boolean; validate?: Validator | Validator[] }) => (
  <NumberInput
    step={0.01}
    min={0}
    validate={[...(isRequired ? [required()] : []), allowZero ? notNegative : positive, twoDecimals, ...[validate].flat()]}
    {...props}
  />
);

const staffFilterToQuery = (search: string) => ({ q: search });

/** A staff member who collects money (a cashier, the reception at the counter...). */
/** Staff who may take money (the API's payment roles): cashiers first of all. */
const COLLECTOR_FILTER = { active: true, role: ['CASHIER', 'INTERNAL_CLERK', 'RECEPTION', 'CS_SUPERVISOR', 'OFFICE_DIRECTOR'] };

export const CollectorInput = ({ source = 'collectorId', isRequired = false, ...props }: { source?: string; isRequired?: boolean; alwaysOn?: boolean; label?: string; helperText?: string }) => (
  <ReferenceInput source={source} reference="staff" filter={COLLECTOR_FILTER} sort={{ field: 'displayName', order: 'ASC' }}>
    <AutocompleteInput
      optionText="displayName"
      filterToQuery={staffFilterToQuery}
      validate={isRequired ? required() : undefined}
      label={props.label}
      helperText={props.helperText}
    />
  </ReferenceInput>
);
