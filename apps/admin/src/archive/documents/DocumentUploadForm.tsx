import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import {
  FileField,
  FileInput,
  Form,
  maxLength,
  required,
  ResourceContextProvider,
  SaveButton,
  SelectInput,
  TextInput,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { choices } from '../../common/enums';
import { useAsyncAction } from '../../common/useAsyncAction';
import { useRequestId } from '../../common/useRequestId';
import type { EstateDataProvider } from '../../dataProvider';

/** What the API accepts (400 otherwise): PDF, PNG or JPEG, at most 10 MB. */
export const MAX_DOCUMENT_MB = 10;
const MAX_BYTES = MAX_DOCUMENT_MB * 1024 * 1024;
const ACCEPT = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
};
const MIME_TYPES = Object.keys(ACCEPT);

interface FileValue {
  rawFile?: File;
  src?: string;
  title?: string;
}

const validateFile = (value: FileValue | null | undefined) => {
  const file = value?.rawFile;
  if (!(file instanceof File)) return 'ra.validation.required';
  if (!MIME_TYPES.includes(file.type)) return 'estate.documents.wrong_type';
  if (file.size > MAX_BYTES) return { message: 'estate.documents.too_large', args: { max: MAX_DOCUMENT_MB } };
  return undefined;
};

interface UploadValues {
  kind: string;
  title?: string | null;
  file: FileValue;
}

/** Add an ID copy, notice, agreement... to the household file (ARC-1, MOV-8, DEC-7). */
export const DocumentUploadForm = () => {
  const household = useRecordContext();
  const dataProvider = useDataProvider<EstateDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  // A new key empties the form after a successful upload.
  const [formKey, setFormKey] = useState(0);
  // One request id per filling of the form (a new one after each upload): a double press stores the file once.
  const requestId = useRequestId('documents', formKey);
  const { run } = useAsyncAction(
    async (values: UploadValues) => {
      const file = values.file.rawFile as File;
      const title = values.title?.trim() || file.name.replace(/\.[^.]+$/, '');
      await dataProvider.uploadDocument({ householdId: household!.id, kind: values.kind, title, file, requestId });
    },
    { successMessage: 'estate.documents.uploaded', onSuccess: () => setFormKey((key) => key + 1) },
  );
  if (!household) return null;
  return (
    <ResourceContextProvider value="documents">
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Typography variant="subtitle2" color="text.secondary">
          {translate('estate.documents.upload_title')}
        </Typography>
        <Form key={formKey} record={{ kind: 'OTHER' }} onSubmit={(values: Record<string, unknown>) => run(values as unknown as UploadValues)}>
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' },
              columnGap: 2,
            }}
          >
            <SelectInput source="kind" choices={choices('documentKind')} validate={required()} />
            <TextInput source="title" validate={maxLength(200)} />
          </Box>
          <FileInput
            source="file"
            accept={ACCEPT}
            validate={validateFile}
            helperText={translate('estate.documents.accepted', { max: MAX_DOCUMENT_MB })}
            options={{ onDropRejected: () => notify('estate.documents.wrong_type', { type: 'error' }) }}
          >
            <FileField source="src" title="title" />
          </FileInput>
          <SaveButton label="estate.documents.upload" icon={<UploadFileIcon />} />
        </Form>
      </Paper>
    </ResourceContextProvider>
  );
};
