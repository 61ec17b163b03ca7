import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Box, Typography } from '@mui/material';
import { createContext, useContext, useState, type ReactNode } from 'react';
import {
  Button,
  DataTable,
  ReferenceManyField,
  useCanAccess,
  useRecordContext,
  useTranslate,
  type Identifier,
  type RaRecord,
  type SortPayload,
  type TransformData,
} from 'react-admin';
import { CreateDialog, EditDialog } from './RecordDialog';
import { useRequestId } from './useRequestId';
import { WithdrawButton } from './WithdrawButton';
import { WithdrawnRecords } from './WithdrawnRecords';

const EditRowContext = createContext<(id: Identifier) => void>(() => undefined);

/** Opens the tab's edit dialog for the row's record. */
export const EditRowButton = () => {
  const record = useRecordContext();
  const openEdit = useContext(EditRowContext);
  if (!record) return null;
  return (
    <Button
      label="ra.action.edit"
      onClick={(event) => {
        event.stopPropagation();
        openEdit(record.id);
      }}
    >
      <EditIcon />
    </Button>
  );
};

/** Edit and withdrawal of one row; a withdrawal asks why and waits for the API (the record is kept). */
export const RowActions = ({ children }: { children?: ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 0.5, justifyContent: 'flex-end', whiteSpace: 'nowrap' }}>
    {children}
    <EditRowButton />
    <WithdrawButton />
  </Box>
);

export const EmptyLine = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate(message)}
    </Typography>
  );
};

interface SubRecordsTabProps {
  /** members, contacts, proxies */
  reference: string;
  /** Translation keys: the add button (and create dialog title), the edit dialog title, the empty list. */
  addLabel: string;
  editTitle: string;
  emptyMessage: string;
  inputs: ReactNode;
  createTransform: TransformData;
  editTransform: TransformData;
  sort?: SortPayload;
  rowSx?: (record: RaRecord) => object;
  /** The DataTable columns; a last column with edit/withdraw buttons is added. */
  children: ReactNode;
  rowActions?: ReactNode;
}

/**
 * A tab of the household file listing one sub-resource of the household (ReferenceManyField on
 * `householdId`), with add and edit in a dialog so that staff never leave the file.
 */
export const SubRecordsTab = ({
  reference,
  addLabel,
  editTitle,
  emptyMessage,
  inputs,
  createTransform,
  editTransform,
  sort = { field: 'id', order: 'ASC' },
  rowSx,
  children,
  rowActions,
}: SubRecordsTabProps) => {
  const household = useRecordContext();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<Identifier | null>(null);
  const { canAccess: canCreate } = useCanAccess({ resource: reference, action: 'create' });
  // One request id per opening of the add dialog: a double press adds the record once.
  const requestId = useRequestId(reference, adding);
  if (!household) return null;
  return (
    <EditRowContext.Provider value={setEditingId}>
      {canCreate && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
          <Button label={addLabel} variant="outlined" onClick={() => setAdding(true)}>
            <AddIcon />
          </Button>
        </Box>
      )}
      <ReferenceManyField
        reference={reference}
        target="householdId"
        sort={sort}
        perPage={100}
        empty={<EmptyLine message={emptyMessage} />}
      >
        <DataTable bulkActionButtons={false} rowClick={false} rowSx={rowSx}>
          {children}
          <DataTable.Col label={false} disableSort>
            <RowActions>{rowActions}</RowActions>
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <WithdrawnRecords reference={reference} />
      <CreateDialog
        resource={reference}
        title={addLabel}
        open={adding}
        onClose={() => setAdding(false)}
        transform={createTransform}
        defaults={{ householdId: household.id, requestId }}
      >
        {inputs}
      </CreateDialog>
      {editingId != null && (
        <EditDialog
          resource={reference}
          title={editTitle}
          open
          id={editingId}
          onClose={() => setEditingId(null)}
          transform={editTransform}
        >
          {inputs}
        </EditDialog>
      )}
    </EditRowContext.Provider>
  );
};
