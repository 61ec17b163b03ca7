import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { DEFAULT_QUICK_REPLIES } from '../../apps/api/src/cases/quick-replies';
import { eventually, unique } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';

/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;
const reply = (key: string) => DEFAULT_QUICK_REPLIES.replies.find((r) => r.key === key)!;

const shoot = async (page: Page, name: string, fullPage = true) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name), fullPage });
};

/** A real photo as a phone's camera hands it over: a small PNG of one colour, so the thumbnail can be seen. */
function photo(rgb: [number, number, number], size = 48): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Internal notes and quick replies on a case page, in Chinese, at a desk and on a phone: a quick reply fills the
 * note box and is edited before saving, a photo comes from the camera input, and the note and its photo are in
 * the notes and in the case timeline. Then a staff member sets how they are told of new work.
 */
describe('case notes, quick replies and my notice settings in the browser', () => {
  const suite = browserSuite();
  let caseId: number;

  beforeAll(async () => {
    const kase = await suite.prisma.case.create({
      data: { process: 'repair', workflowId: unique('notes-e2e'), titleZh: '报修：卫生间天花板渗水', titleEn: 'Repair: bathroom ceiling leak', policyKey: 'repair', policyVersion: 0 },
    });
    caseId = kase.id;
  });

  /** Adds a note on the open case page: a quick reply, edited, and a photo from the camera input. */
  const addNote = async (page: Page, replyKey: string, addition: string, image: Buffer, fileName: string) => {
    const composer = page.getByTestId('note-composer');
    await composer.waitFor();
    await composer.getByRole('button', { name: zh.estate.quick_replies.button }).click();
    await page.getByRole('menuitem', { name: new RegExp(reply(replyKey).title.zh) }).click();
    const box = composer.getByRole('textbox', { name: zh.estate.notes.label });
    await expect(box.inputValue()).resolves.toBe(reply(replyKey).text.zh);
    // Edited before it is saved.
    await box.press('End');
    await box.pressSequentially(addition);
    const camera = composer.locator('input[type="file"][capture]');
    await expect(camera.getAttribute('capture')).resolves.toBe('environment');
    await expect(camera.getAttribute('accept')).resolves.toContain('image/jpeg');
    await camera.setInputFiles({ name: fileName, mimeType: 'image/png', buffer: image });
    await composer.getByText(fileName).waitFor();
    await composer.getByRole('button', { name: zh.estate.notes.save }).click();
    await expectVisible(page, zh.estate.notes.saved);
    return `${reply(replyKey).text.zh}${addition}`;
  };

  /** The note's words and its photo, loaded, in the timeline, under the author's name (in Chinese on a Chinese page). */
  const inTimeline = async (page: Page, text: string, author: string) => {
    const entry = page.getByTestId('timeline').locator('li[data-type="NOTE_ADDED"]').filter({ hasText: text });
    await entry.waitFor({ timeout: 15_000 });
    await entry.getByText(zh.estate.timeline.notes.NOTE_ADDED.replace('%{actor}', author)).waitFor();
    const img = entry.locator('img');
    await img.waitFor();
    await eventually(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth > 0), 10_000, 'the photo to load');
  };

  it('at a desk: a note from a quick reply, edited, with a photo from the camera, is in the notes and the timeline', async () => {
    const { credentials, office, page, prisma } = suite;
    await signIn(page, office.url, 'reception', credentials.reception);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/cases/${caseId}/show`);
    await expectVisible(page, zh.estate.notes.title);
    const text = await addNote(page, 'repair-booked', '（已与住户约定周六上午）', photo([30, 120, 200]), 'IMG_0412.png');
    expect(text).toContain('维修人员将于【时间】上门维修');

    await page.getByTestId('case-notes').getByText('已与住户约定周六上午').waitFor();
    await inTimeline(page, '已与住户约定周六上午', '陈静');
    const notes = await prisma.caseNote.findMany({ where: { caseId }, include: { attachments: true, author: true } });
    expect(notes.map((n) => [n.text, n.author.username, n.attachments.map((a) => [a.fileName, a.mimeType])])).toEqual([[text, 'reception', [['IMG_0412.png', 'image/png']]]]);
    await shoot(page, 'case-notes-desk-zh.png');
  });

  it('on a phone: an engineer adds a note with a quick reply and a photo, and reads both in the timeline', async () => {
    const { credentials, office, prisma } = suite;
    const context = await office.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    try {
      await signIn(phone, office.url, 'engineer', credentials.engineer);
      await expectVisible(phone, '待办任务');
      await phone.goto(`${office.url}/#/cases/${caseId}/show`);
      await addNote(phone, 'not-at-home', '，已在门上贴通知。', photo([200, 60, 40]), 'door.png');
      await inTimeline(phone, '已在门上贴通知', '赵强');
      // The page fits the phone: nothing runs off to the side.
      expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      expect(await prisma.caseNote.count({ where: { caseId } })).toBe(2);
      await phone.getByTestId('note-composer').scrollIntoViewIfNeeded();
      await shoot(phone, 'case-notes-phone-zh.png', false);
      await phone.getByTestId('timeline').scrollIntoViewIfNeeded();
      await shoot(phone, 'case-notes-phone-timeline-zh.png', false);
    } finally {
      await context.close();
    }
  });

  it('a staff member chooses to be told of new tasks by SMS; a choice without its phone number is refused first', async () => {
    const { credentials, office, prisma } = suite;
    await prisma.staff.update({ where: { username: 'commissioner' }, data: { phone: null, taskNotice: 'NONE' } });
    const context = await office.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    try {
      await signIn(phone, office.url, 'commissioner', credentials.commissioner);
      await expectVisible(phone, '待办任务');
      await phone.goto(`${office.url}/#/my-notices`);
      await expectVisible(phone, zh.estate.my_notices.intro.slice(0, 10));
      await phone.getByRole('radio', { name: zh.estate.enums.taskNotice.SMS, exact: true }).check();
      await phone.getByRole('button', { name: '保存', exact: true }).click();
      await expectVisible(phone, zh.estate.my_notices.phone_needed);
      expect((await prisma.staff.findUniqueOrThrow({ where: { username: 'commissioner' } })).taskNotice).toBe('NONE');

      await phone.getByLabel(zh.resources.staff.fields.phone).fill('13912345678');
      await phone.getByRole('button', { name: '保存', exact: true }).click();
      await expectVisible(phone, zh.estate.my_notices.saved);
      const saved = await prisma.staff.findUniqueOrThrow({ where: { username: 'commissioner' } });
      expect([saved.taskNotice, saved.phone]).toEqual(['SMS', '13912345678']);
      expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await shoot(phone, 'my-notices-phone-zh.png');
    } finally {
      await context.close();
    }
  });

  it('the menu leads every staff member to their notification settings', async () => {
    const { office, page } = suite;
    await page.goto(`${office.url}/#/tasks`);
    await page.getByRole('menuitem', { name: zh.estate.my_notices.menu }).click();
    await page.waitForURL(/#\/my-notices/);
    await page.getByRole('radio', { name: zh.estate.enums.taskNotice.BOTH, exact: true }).waitFor();
    await shoot(page, 'my-notices-desk-zh.png');
  });
});
