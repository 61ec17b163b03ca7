import { Box } from '@mui/material';
import { DataTable, ReferenceField, ReferenceManyField, TextField } from 'react-admin';
import { DateTimeField, EnumField, FileSizeField } from '../../common/fields';
import { EmptyLine } from '../../common/SubRecordsTab';
import { WithdrawButton } from '../../common/WithdrawButton';
import { WithdrawnRecords } from '../../common/WithdrawnRecords';
import { DocumentUploadForm } from './DocumentUploadForm';
import { DownloadDocumentButton } from './DownloadDocumentButton';

/** The documents of the household file: upload, download, withdraw (with a reason; the document is kept). */
export const DocumentsTab = () => (
  <>
    <DocumentUploadForm />
    <ReferenceManyField
      reference="documents"
      target="householdId"
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={100}
      empty={<EmptyLine message="estate.documents.empty" />}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="kind">
          <EnumField source="kind" enumName="documentKind" />
        </DataTable.Col>
        <DataTable.Col source="title" />
        <DataTable.Col source="fileName" disableSort />
        <DataTable.Col source="sizeBytes">
          <FileSizeField source="sizeBytes" />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <DateTimeField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="uploadedById" disableSort>
          <ReferenceField source="uploadedById" reference="staff" link={false} emptyText="estate.common.none">
            <TextField source="displayName" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <Box sx={{ display: 'flex', gap: 0.5, justifyContent: 'flex-end' }}>
            <DownloadDocumentButton />
            <WithdrawButton />
          </Box>
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
    <WithdrawnRecords reference="documents" nameSource="title" />
  </>
);
