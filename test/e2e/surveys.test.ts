import path from 'node:path';
import type { Page } from 'playwright-core';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { DEFAULT_SURVEY_POLICY } from '../../workflows/survey/policy';
import { eventually } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';

const zh = zhMessages as unknown as typeof enApp;
const texts = zh.estate.surveys;

const shoot = async (page: Page, name: string, fullPage = true) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name), fullPage });
};

/** The resident's survey page behind an SMS link, on a phone, without signing in; and the staff's pages. */
describe('satisfaction surveys in the browser', () => {
  const suite = browserSuite();
  let link: string;
  let campaignId: number;

  /** The API as the back office reaches it (through its own /api proxy), signed in as `who`. */
  const api = async (who: string, method: string, route: string, body?: unknown) => {
    const { office, credentials } = suite;
    const login = await fetch(`${office.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: who, password: credentials[who] }) });
    const { token } = (await login.json()) as { token: string };
    const res = await fetch(`${office.url}/api${route}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return (await res.json()) as Record<string, unknown> & { id: number; caseId: number };
  };

  beforeAll(async () => {
    const { prisma, office } = suite;
    await api('supervisor', 'POST', '/policies', { key: 'survey', data: { ...DEFAULT_SURVEY_POLICY, answerLinkBase: `${office.url}/#/survey/` }, note: 'browser test' });
    // The default questionnaire's first version: other suites may have written later versions with other questions.
    const versions = (await api('reception', 'GET', `/questionnaires?range=${encodeURIComponent('[0,99]')}`)) as unknown as { id: number }[];
    const questionnaire = versions.find((q) => JSON.stringify(q).includes('您对客服前台接待工作是否满意？'))!;
    const household = await prisma.household.findFirstOrThrow({ where: { occupancy: 'OWNER', unit: { number: '1-1201' } } });
    const campaign = await api('reception', 'POST', '/survey-campaigns', { name: '1栋 满意度调查', questionnaireId: questionnaire.id, method: 'LINK', householdIds: [household.id] });
    campaignId = campaign.id;
    const sms = await eventually(() => prisma.message.findFirst({ where: { caseId: campaign.caseId, status: 'SENT' } }).then((m) => m ?? undefined), 20_000, 'the survey SMS');
    link = /(http\S+#\/survey\/[A-Za-z0-9_-]+)/.exec(sms.body)![1];
  }, 60_000);

  afterAll(async () => {
    await suite.prisma?.policy.deleteMany({ where: { key: 'survey' } });
  });

  it('SAT-1 a resident answers the survey from the SMS link on a phone (390×844), without signing in, once', async () => {
    const context = await suite.office.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await phone.goto(link);
    await expectVisible(phone, '物业服务满意度调查');
    await expectVisible(phone, texts.answer.intro);
    // Still the survey, not the sign-in page.
    expect(phone.url()).toContain('#/survey/');
    expect(await phone.locator('input[name="password"]').count()).toBe(0);
    await shoot(phone, 'survey-answer-phone.png');

    // Sent unanswered: each required question says so, nothing is taken.
    await phone.getByRole('button', { name: texts.answer.submit }).click();
    await expectVisible(phone, texts.answer.required);
    expect(await suite.prisma.surveyResponse.count({ where: { campaignId } })).toBe(0);

    // English one tap away, and back.
    await phone.getByRole('button', { name: 'English' }).click();
    await expectVisible(phone, 'Property service satisfaction survey');
    await phone.getByRole('button', { name: '中文' }).click();
    await expectVisible(phone, '您对客服前台接待工作是否满意？');

    const q = (id: string) => phone.getByTestId(`question-${id}`);
    await q('reception').getByRole('button', { name: '5' }).click();
    await q('phone').getByRole('button', { name: '4' }).click();
    await q('return-visit').getByRole('button', { name: '3' }).click();
    await q('cleaning').getByRole('button', { name: texts.yes }).click();
    await q('best').getByRole('radio', { name: '绿化' }).check();
    await q('suggestions').locator('textarea').first().fill('希望小区增加儿童游乐设施。');
    await shoot(phone, 'survey-answer-filled-phone.png');
    await phone.getByRole('button', { name: texts.answer.submit }).click();
    await expectVisible(phone, texts.answer.thanks_title);
    await shoot(phone, 'survey-answer-thanks-phone.png');
    const [response] = await suite.prisma.surveyResponse.findMany({ where: { campaignId } });
    expect(response.method).toBe('LINK');
    expect(response.answers).toEqual(expect.arrayContaining([{ questionId: 'reception', value: 5 }, { questionId: 'best', value: 'GREENING' }]));

    // The same link again: refused with a page that says so.
    await phone.reload();
    await expectVisible(phone, texts.answer.answered_title);
    await shoot(phone, 'survey-answer-again-phone.png');
    // A link that is not one: a page that says so, and nothing about whether it existed.
    await phone.goto(link.replace(/[A-Za-z0-9_-]{8}$/, 'AAAAAAAA'));
    await expectVisible(phone, texts.answer.invalid_title);
    await context.close();
  });

  it('SAT-1 staff see who answered the campaign, and the satisfaction figures with their chart', async () => {
    const { page, office, credentials } = suite;
    await signIn(page, office.url, 'supervisor', credentials.supervisor);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/survey-campaigns/${campaignId}/show`);
    await expectVisible(page, texts.answered_count.replace('%{asked}', '1').replace('%{answered}', '1'));
    await shoot(page, 'survey-campaign.png');
    await page.goto(`${office.url}/#/survey-figures`);
    await page.getByTestId('survey-figures-chart').waitFor();
    await expectVisible(page, texts.figures.by_method);
    await expect(page.getByTestId('survey-figures-channels').textContent()).resolves.toContain('前台接待');
    await shoot(page, 'survey-figures.png');
  });
});
