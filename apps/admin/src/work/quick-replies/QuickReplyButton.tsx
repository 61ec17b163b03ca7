import QuickreplyIcon from '@mui/icons-material/Quickreply';
import { Button, ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { pick } from '../../common/localized';
import { useQuickReplies } from './api';

interface Props {
  /** The case's process (repair, complaint...) or the place (reception): the replies offered for it. */
  process?: string;
  /** The reply's text, in `language` (default: the back office's), to put in the text box. */
  onPick: (text: string) => void;
  /** The language of the text inserted, when it is not the back office's (a reply to an English-speaking resident). */
  language?: 'zh' | 'en';
  disabled?: boolean;
}

/**
 * "Quick replies": a menu of the answers given again and again, by their titles; picking one hands its text
 * to `onPick`, which fills the text box, where it is edited before it is sent. Used in the case notes and
 * wherever staff write a reply to a resident.
 */
export const QuickReplyButton = ({ process, onPick, language, disabled }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data: replies = [], isError } = useQuickReplies(process);
  const textLanguage = language ?? (locale === 'en' ? 'en' : 'zh');
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<QuickreplyIcon />} disabled={disabled} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu">
        {translate('estate.quick_replies.button')}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { maxWidth: 420, maxHeight: 420 } } }}>
        {replies.map((reply) => (
          <MenuItem
            key={reply.key}
            onClick={() => {
              onPick(pick(reply.text, textLanguage));
              setAnchor(null);
            }}
            sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}
          >
            <ListItemText
              primary={pick(reply.title, locale)}
              secondary={pick(reply.text, textLanguage)}
              slotProps={{ secondary: { sx: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' } } }}
            />
          </MenuItem>
        ))}
        {replies.length === 0 && (
          <Typography variant="body2" color={isError ? 'error' : 'text.secondary'} sx={{ px: 2, py: 1 }}>
            {translate(isError ? 'estate.quick_replies.load_failed' : 'estate.quick_replies.none')}
          </Typography>
        )}
      </Menu>
    </>
  );
};
