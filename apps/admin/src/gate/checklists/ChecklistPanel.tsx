import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, List, ListItem, ListItemIcon, ListItemText, Stack } from '@mui/material';
import { useRef } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { PdfButton } from '../../common/PdfButton';
import { newRequestId } from '../../common/requestId';
import { useAsyncAction } from '../../common/useAsyncAction';
import { gateApi } from '../api';
import { chinaTime, type Checklist, type ChecklistItem } from '../types';

/** One item: checked (with its scan on the household's file), or a button to upload the scan and check it. */
const Item = ({ checklistId, item, canCheck }: { checklistId: number; item: ChecklistItem; canCheck: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const file = useRef<HTMLInputElement>(null);
  const { run, pending } = useAsyncAction((f: File) => gateApi.checkItem(checklistId, item.code, f, newRequestId('check')), { successMessage: 'estate.gate.checklist.done' });
  const label = locale === 'zh' ? item.labelZh : item.labelEn;
  return (
    <ListItem data-item={item.code} data-checked={item.checkedAt ? 'yes' : 'no'} divider sx={{ flexWrap: 'wrap', gap: 1 }}>
      <ListItemIcon sx={{ minWidth: 36 }}>{item.checkedAt ? <CheckCircleIcon color="success" /> : <RadioButtonUncheckedIcon color={item.required ? 'warning' : 'disabled'} />}</ListItemIcon>
      <ListItemText
        primary={label}
        secondary={item.checkedAt ? translate('estate.gate.checklist.checked', { at: chinaTime(item.checkedAt, locale) }) : translate(item.required ? 'estate.gate.checklist.required' : 'estate.gate.checklist.optional')}
      />
      {item.checkedAt && item.document && <PdfButton label="estate.gate.checklist.view" load={() => gateApi.documentContent(item.document!.id)} />}
      {!item.checkedAt && canCheck && (
        <>
          <input
            ref={file}
            type="file"
            hidden
            name={`scan-${item.code}`}
            accept="application/pdf,image/png,image/jpeg"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void run(f);
              e.target.value = '';
            }}
          />
          <Button size="small" variant="outlined" startIcon={<UploadFileIcon />} disabled={pending} onClick={() => file.current?.click()}>
            {translate('estate.gate.checklist.check')}
          </Button>
        </>
      )}
    </ListItem>
  );
};

/**
 * A document checklist (the core's, shared with move-in and decoration): the documents this applicant
 * brings, each checked by staff with its scan filed on the household's file; complete when every required
 * item is checked.
 */
export const ChecklistPanel = ({ checklist, canCheck }: { checklist: Checklist; canCheck: boolean }) => {
  const translate = useTranslate();
  const missing = checklist.items.filter((i) => i.required && !i.checkedAt).length;
  return (
    <Stack spacing={1} data-testid="checklist">
      <List dense disablePadding>
        {checklist.items.map((item) => (
          <Item key={item.id} checklistId={checklist.id} item={item} canCheck={canCheck} />
        ))}
      </List>
      <Box>
        {missing ? (
          <Alert severity="warning">{translate('estate.gate.checklist.incomplete', { count: missing })}</Alert>
        ) : (
          <Alert severity="success">{translate('estate.gate.checklist.complete')}</Alert>
        )}
      </Box>
    </Stack>
  );
};
