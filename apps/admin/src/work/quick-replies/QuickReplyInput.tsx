import { Box } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { withReply } from './api';
import { QuickReplyButton } from './QuickReplyButton';

/**
 * Quick replies for a text input of a react-admin form (`source`): picking one adds its text to the input,
 * which stays editable. Put it just above or below the input it fills.
 */
export const QuickReplyInput = ({ source, process, language }: { source: string; process?: string; language?: 'zh' | 'en' }) => {
  const { getValues, setValue } = useFormContext();
  return (
    <Box sx={{ mb: 1 }}>
      <QuickReplyButton
        process={process}
        language={language}
        onPick={(text) => setValue(source, withReply(String(getValues(source) ?? ''), text), { shouldDirty: true, shouldValidate: true })}
      />
    </Box>
  );
};
