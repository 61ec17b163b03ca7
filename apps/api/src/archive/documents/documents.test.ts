import { detectMimeType } from './documents';

describe('document type check (by content, not by name)', () => {
  it('recognises PDF, PNG and JPEG', () => {
    expect(detectMimeType(Buffer.from('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(detectMimeType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png');
    expect(detectMimeType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
  });

  it('refuses anything else, whatever it is called', () => {
    expect(detectMimeType(Buffer.from('MZ\x90\x00'))).toBeUndefined();
    expect(detectMimeType(Buffer.from('<html>'))).toBeUndefined();
    expect(detectMimeType(Buffer.alloc(0))).toBeUndefined();
  });
});
