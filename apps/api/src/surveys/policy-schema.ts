import { z } from 'zod';
import { escalationFollowUp } from '../policies/common-fields';
import { count, described, due, duration, say, t } from '../policies/fields';

/** SAT-1: surveys' links, reminders and what counts as satisfied. */
export const SURVEY_POLICY_SCHEMA = z.object({
  linkValidFor: duration(t('短信问卷链接有效期', 'An SMS survey link is valid for')),
  remindAfter: duration(t('未作答时提醒', 'Unanswered links are reminded after')).nullable(),
  answerLinkBase: described(
    z
      .string()
      .regex(/^https?:\/\/\S+$/, say('须为答卷页面的 http(s) 地址，例如 https://desk.example.com/#/survey/', 'must be the http(s) address of the answer page, such as https://desk.example.com/#/survey/'))
      .max(200),
    t('答卷页面地址', 'Address of the answer page'),
    { input: 'url', help: t('短信中的链接为此地址加上问卷令牌', 'The link sent by SMS is this address followed by the token') },
  ),
  satisfiedFrom: count(t('计为满意的最低评分（满分 5 分）', 'A rating counts as satisfied from (of 5)'), 1, 5, 'points'),
  surveyWithin: due(t('上门、电话或纸质调查完成期限', 'A visit, phone or paper survey done within')),
  escalationFollowUp: escalationFollowUp().optional(),
});
