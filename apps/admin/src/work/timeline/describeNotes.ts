import { isObject, text } from './data';
import type { DescribeContext, Described } from './describe';

/** A file of an entry, as the notes and attachments write it: shown as a thumbnail. */
const filesOf = (value: unknown): NonNullable<Described['files']> =>
  (Array.isArray(value) ? value.filter(isObject) : [])
    .filter((f) => typeof f.id === 'number')
    .map((f) => ({ id: f.id as number, fileName: text(f.fileName), mimeType: text(f.mimeType) }));

/**
 * Internal notes (the note's text and its files) and files added on their own (`estate.timeline.notes.*`);
 * undefined for another type. The API leaves notes out for a role that may not read them.
 */
export const describeNoteEntry = (type: string, data: Record<string, unknown>, { ctx, actor }: { ctx: DescribeContext; actor: string }): Described | undefined => {
  const t = ctx.translate;
  if (type === 'NOTE_ADDED') {
    return { text: t('estate.timeline.notes.NOTE_ADDED', { actor }), tone: 'default', details: [], note: text(data.text) || undefined, files: filesOf(data.attachments) };
  }
  if (type === 'ATTACHMENT_ADDED') {
    const file = { id: Number(data.attachmentId), fileName: text(data.fileName), mimeType: text(data.mimeType) };
    return {
      text: t('estate.timeline.notes.ATTACHMENT_ADDED', { actor, name: text(data.note) || file.fileName }),
      tone: 'default',
      details: [],
      files: Number.isInteger(file.id) ? [file] : [],
    };
  }
  return undefined;
};
