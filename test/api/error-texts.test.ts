import fs from 'node:fs';
import path from 'node:path';
import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsBoolean,
  IsDefined,
  IsDateString,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { z } from 'zod';
import { localizeErrorBody } from '../../apps/api/src/common/error-language';
import { toChinese } from '../../apps/api/src/common/error-texts.zh';
import { POLICY_SCHEMAS } from '../../apps/api/src/policies/policies';
import type { PrismaClient } from '../../prisma/client';
import { login, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';

const CJK = /[\u4e00-\u9fff]/;
const ROOT = path.resolve(__dirname, '../..');

/** The English messages the table leaves untranslated (a translation has Chinese in it and differs from the English). */
const untranslated = (messages: string[]) => messages.filter((m) => !CJK.test(toChinese(m)) || toChinese(m) === m);

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** One request as the back office sends it: a token, a language, a JSON body (or raw text). */
async function request(api: RunningApi, method: string, urlPath: string, options: { token?: string; language?: string; body?: unknown; raw?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.language) headers['Accept-Language'] = options.language;
  const hasBody = options.body !== undefined || options.raw !== undefined;
  if (hasBody) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${api.url}${urlPath}`, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  return { status: res.status, body: await res.json() };
}

const fieldsOf = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);
const summaryOf = (answer: Answer) => (answer.body.errors as { field: string; message: string }[]).map((e) => `${e.field}: ${e.message}`).join('; ');

describe('a Chinese back office gets the API\'s refusals in Chinese', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let reception: string;
  let supervisor: string;
  let credentials: Record<string, string>;

  beforeAll(async () => {
    prisma = testPrisma();
    credentials = await seedTestStaff(prisma);
    api = await startApi();
    reception = await login(api.url, 'reception', credentials.reception);
    supervisor = await login(api.url, 'supervisor', credentials.supervisor);
  });

  afterAll(async () => {
    await api.close();
    await prisma.$disconnect();
  });

  const badHousehold = { unitId: 'x', occupancy: 'LANDLORD', name: '', phone: 'abc', email: 'nope', moveInDate: '2024-13-45', surprise: 1 };

  it('a Chinese back office gets the reasons of a refused form in Chinese, field by field, and nothing is saved', async () => {
    const before = await prisma.household.count();
    const zh = await request(api, 'POST', '/households', { token: reception, language: 'zh-CN,zh;q=0.9,en;q=0.8', body: badHousehold });
    const en = await request(api, 'POST', '/households', { token: reception, body: badHousehold });
    expect(await prisma.household.count()).toBe(before);

    expect([zh.status, en.status]).toEqual([400, 400]);
    expect(fieldsOf(zh)).toEqual(fieldsOf(en));
    expect(fieldsOf(zh)).toEqual(expect.arrayContaining(['surprise', 'unitId', 'occupancy', 'name', 'phone', 'email', 'moveInDate']));
    for (const error of zh.body.errors) expect(error.message).toMatch(CJK);
    expect(zh.body.message).toBe(summaryOf(zh));
    expect(zh.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'moveInDate', message: '须为日期（YYYY-MM-DD）' },
        { field: 'surprise', message: '不接受字段 surprise' },
        { field: 'unitId', message: '须为整数' },
        { field: 'occupancy', message: '须为以下值之一：OWNER, TENANT' },
        { field: 'name', message: '不能为空' },
      ]),
    );
    expect(zh.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('an API client without Accept-Language, or preferring English, keeps the English texts', async () => {
    const none = await request(api, 'POST', '/households', { token: reception, body: badHousehold });
    const english = await request(api, 'POST', '/households', { token: reception, language: 'en-GB,en;q=0.9,zh;q=0.5', body: badHousehold });
    const french = await request(api, 'POST', '/households', { token: reception, language: 'fr', body: badHousehold });
    for (const answer of [none, english, french]) {
      expect(answer.body.errors).toContainEqual({ field: 'moveInDate', message: 'moveInDate must be a date (YYYY-MM-DD)' });
      expect(answer.body.message).toBe(summaryOf(answer));
      expect(JSON.stringify(answer.body)).not.toMatch(CJK);
    }
  });

  it('a Chinese back office is told of a conflict, a missing record and a missing role in Chinese', async () => {
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: 'Test Road 2' } });
    await prisma.building.create({ data: { estateId: estate.id, code: 'Z9', name: 'Z9栋', floors: 3 } });
    const building = { estateId: estate.id, code: 'Z9', name: '另一栋', floors: 5 };
    const before = await prisma.building.count({ where: { estateId: estate.id } });

    const clash = await request(api, 'POST', '/buildings', { token: supervisor, language: 'zh-CN', body: building });
    expect(clash.status).toBe(409);
    expect(clash.body.message).toBe('此小区已有楼栋编号“Z9”。');
    expect((await request(api, 'POST', '/buildings', { token: supervisor, body: building })).body.message).toBe(
      'Building code "Z9" already exists in this estate.',
    );

    const missing = await request(api, 'GET', '/households/987654321', { token: reception, language: 'zh' });
    expect(missing).toEqual({ status: 404, body: { statusCode: 404, error: 'Not Found', message: '住户 987654321 不存在' } });

    const forbidden = await request(api, 'POST', '/buildings', { token: reception, language: 'zh-CN', body: { ...building, code: 'Z8' } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toBe('您的岗位无权新建小区与楼栋。');
    expect(await prisma.building.count({ where: { estateId: estate.id } })).toBe(before);
  });

  it('a wrong password at sign-in is reported in Chinese', async () => {
    const wrong = { username: 'reception', password: 'not-the-password' };
    const zh = await request(api, 'POST', '/auth/login', { language: 'zh-CN', body: wrong });
    expect(zh).toEqual({ status: 401, body: { statusCode: 401, message: '用户名或密码错误。' } });
    expect((await request(api, 'POST', '/auth/login', { body: wrong })).body.message).toBe('Wrong username or password.');
    expect((await request(api, 'GET', '/auth/me', { language: 'zh-CN' })).body.message).toBe('请先登录：请求须带 Bearer 令牌。');
  });

  it('a body that is not JSON, and a list query the API does not understand, are refused in Chinese', async () => {
    const broken = await request(api, 'POST', '/households', { token: reception, language: 'zh-CN', raw: '{"name": ' });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toBe('请求内容不是有效的 JSON');

    const query = `?sort=${encodeURIComponent('["nonsense","ASC"]')}`;
    const sort = await request(api, 'GET', `/households${query}`, { token: reception, language: 'zh-CN' });
    expect(sort.status).toBe(400);
    expect(sort.body.errors[0].message).toMatch(/^不能按“nonsense”排序；可排序的字段：id, /);
    expect(sort.body.message).toBe(summaryOf(sort));
  });

  it('what the API answers successfully is the same in both languages', async () => {
    const zh = await request(api, 'GET', '/auth/me', { token: reception, language: 'zh-CN' });
    const en = await request(api, 'GET', '/auth/me', { token: reception });
    expect(zh).toEqual(en);
    expect(zh.status).toBe(200);
  });
});

describe('the Chinese table of error texts', () => {
  it('a refusal from a workflow keeps its own message and its field list, both in Chinese', () => {
    const refusal = { statusCode: 400, message: 'A reason is required.', errors: [{ field: 'reason', message: 'is required' }] };
    expect(localizeErrorBody(refusal)).toEqual({ statusCode: 400, message: '请填写理由。', errors: [{ field: 'reason', message: '必填' }] });

    const bankFile = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'line 3: household_id: must be a household number; line 4: bank_ref: B-1 appears twice in the file',
      errors: [
        { field: 'line 3: household_id', message: 'must be a household number' },
        { field: 'line 4: bank_ref', message: 'B-1 appears twice in the file' },
      ],
    };
    expect(localizeErrorBody(bankFile)).toEqual({
      ...bankFile,
      message: 'line 3: household_id: 须为住户编号; line 4: bank_ref: B-1 在文件中出现了两次',
      errors: [
        { field: 'line 3: household_id', message: '须为住户编号' },
        { field: 'line 4: bank_ref', message: 'B-1 在文件中出现了两次' },
      ],
    });
  });

  it('words inside a message are translated too: records, states, the permission table\'s actions and resources', () => {
    expect(toChinese('letter PDF of message 12 does not exist')).toBe('消息 12 没有信函 PDF');
    expect(toChinese('Task 5 is already completed.')).toBe('任务 5 已完成。');
    expect(toChinese('bill B-2026-01-0007 is already paid')).toBe('账单 B-2026-01-0007 已缴清');
    expect(toChinese('Message 9 is delivered, not failed: there is nothing to retry.')).toBe('消息 9 已送达，并非发送失败，无需重试。');
    expect(toChinese('Your role may not read the confidential data of households.')).toBe('您的岗位无权查看保密信息：住户档案。');
    expect(toChinese('No one may GET /reports: it has no entry in the permission table.')).toBe('任何人都不能执行 GET /reports：权限表中没有此操作。');
    expect(toChinese('method must be CASH, CARD or TRANSFER')).toBe('method 须为 CASH、CARD 或 TRANSFER');
    expect(toChinese('priority must be one of LOW, NORMAL, HIGH, URGENT.')).toBe('priority 须为以下之一：LOW, NORMAL, HIGH, URGENT。');
  });

  it('a message the table does not know stays in English', () => {
    expect(toChinese('Something nobody has written yet.')).toBe('Something nobody has written yet.');
    expect(localizeErrorBody({ statusCode: 418, message: 'I am a teapot' })).toEqual({ statusCode: 418, message: 'I am a teapot' });
    expect(localizeErrorBody('plain text')).toBe('plain text');
  });

  it('every message the API, the ledger and the workflows can refuse with has a Chinese text', () => {
    const messages = extractMessages();
    const perPosition = new Map<string, number>();
    for (const { position } of messages) perPosition.set(position, (perPosition.get(position) ?? 0) + 1);
    // Each kind of call site must still be found: a pattern that quietly matches nothing would hide new messages.
    expect(POSITIONS.map((p) => p.name).filter((name) => !perPosition.has(name))).toEqual([]);
    expect(new Set(messages.map((m) => m.text)).size).toBeGreaterThanOrEqual(150);

    const missing = messages.filter((m) => untranslated([m.text]).length).map((m) => `${m.text}    (${m.file}, ${m.position})`);
    expect(missing).toEqual([]);
  });

  it('class-validator\'s own messages, for every decorator the API uses, have a Chinese text', () => {
    const usedByApi = classValidatorImports();
    const exercised = new Set([...DECORATORS_EXERCISED, ...DECORATORS_WITHOUT_MESSAGE]);
    expect([...usedByApi].filter((name) => !exercised.has(name))).toEqual([]);

    const messages = classValidatorMessages();
    expect(messages.length).toBeGreaterThanOrEqual(DECORATORS_EXERCISED.length);
    expect(untranslated(messages)).toEqual([]);
  });

  it('zod\'s messages for the policy schemas have a Chinese text', () => {
    const messages = zodMessages();
    expect(messages).toEqual(expect.arrayContaining(['Invalid input: expected number, received string', 'Too small: expected number to be >=0']));
    expect(untranslated(messages)).toEqual([]);
  });
});

// ---- finding the English messages in the sources ------------------------------------------

/** A string literal: single- or double-quoted, or a template literal (whose `${...}` become a sample value). */
const LITERAL = String.raw`('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|` + '`(?:[^`\\\\]|\\\\.)*`)';
/** An argument before the message: a literal or a name such as `field` or `error.field`. */
const ARGUMENT = String.raw`(?:'[^'\n]*'|` + '`[^`\\n]*`' + String.raw`|[\w.]+)`;
const SAMPLE = '7';

interface Position {
  name: string;
  pattern: RegExp;
  /** The message a literal at this position ends up in. */
  message?: (literal: string) => string;
}

const missingRecord = (name: string) => `${name} ${SAMPLE} does not exist`;
const at = (before: string, after = '') => new RegExp(before + LITERAL + after, 'g');

/** Where an English text becomes part of an error answer. */
const POSITIONS: Position[] = [
  { name: 'message: (DTO options, field errors, exception bodies)', pattern: at(String.raw`\bmessage:\s*`) },
  { name: 'const message =', pattern: at(String.raw`\bmessage\s*=\s*`) },
  { name: 'badRequest(field, message)', pattern: at(String.raw`\bbadRequest\(\s*${ARGUMENT}\s*,\s*`) },
  { name: 'conflict(message)', pattern: at(String.raw`\bconflict\(\s*`) },
  { name: 'notFound(record, id)', pattern: at(String.raw`\bnotFound\(\s*`), message: missingRecord },
  { name: 'CRUD label', pattern: at(String.raw`\blabel\s*=\s*`), message: missingRecord },
  { name: 'assertReference(..., label)', pattern: at(String.raw`\bassertReference\([^;]*?,\s*`, String.raw`\s*\)`), message: missingRecord },
  { name: 'workflow fail(type, message)', pattern: at(String.raw`\bfail\(\s*'\w+'\s*,\s*`) },
  { name: 'form check wrong(message)', pattern: at(String.raw`\bwrong\(\s*`) },
  { name: 'PaymentRefused(field, message)', pattern: at(String.raw`\bPaymentRefused\(\s*${ARGUMENT}\s*,\s*`) },
  { name: 'bank file at(field, message)', pattern: at(String.raw`\bat\(\s*'[^']*'\s*,\s*`) },
  { name: 'Prisma filter answer(status, message)', pattern: at(String.raw`\banswer\(\s*\d+\s*,\s*`) },
  { name: 'ApplicationFailure.nonRetryable(message)', pattern: at(String.raw`\bnonRetryable\(\s*`) },
  { name: 'new Error(message)', pattern: at(String.raw`\bnew Error\(\s*`) },
  { name: 'zod .regex(pattern, message)', pattern: at(String.raw`\.regex\([^\n]*?,\s*`, String.raw`\s*\)`) },
];

/** The text a literal stands for, with each `${...}` of a template replaced by the sample value. */
function textOf(literal: string): string {
  const body = literal.slice(1, -1);
  if (!literal.startsWith('`')) return body.replace(/\\(.)/g, '$1');
  let text = '';
  for (let i = 0; i < body.length; i++) {
    if (body.startsWith('${', i)) {
      // Skip to the brace that closes this placeholder; the expression may hold braces of its own.
      let depth = 0;
      let j = i + 1;
      do {
        if (body[j] === '{') depth++;
        else if (body[j] === '}') depth--;
        j++;
      } while (depth > 0 && j < body.length); // a literal cut short (a template nested in a placeholder) ends there
      i = j - 1;
      text += SAMPLE;
    } else {
      text += body[i];
    }
  }
  return text;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

const SKIPPED_FILES = [
  // Message templates for residents, not error texts; they are bilingual already.
  'workflows/outbox/templates.ts',
  // The table itself.
  'apps/api/src/common/error-texts.zh.ts',
];

/** "file: ${message}" only puts a field's name before a message found on its own elsewhere. */
const isFieldPrefix = (text: string) => new RegExp(String.raw`^[\w.]+: ${SAMPLE}$`).test(text);

function extractMessages(): { text: string; file: string; position: string }[] {
  const files = [...sourceFiles('apps/api/src'), ...sourceFiles('apps/common').filter((f) => path.dirname(f) === 'apps/common'), ...sourceFiles('workflows')];
  return files
    .filter((file) => !SKIPPED_FILES.includes(file.split(path.sep).join('/')))
    .flatMap((file) => {
      const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
      return POSITIONS.flatMap(({ name, pattern, message }) =>
        [...source.matchAll(pattern)].map((match) => ({ text: (message ?? ((t: string) => t))(textOf(match[1])), file, position: name })),
      );
    })
    .filter((m) => !isFieldPrefix(m.text));
}

// ---- class-validator's own messages -------------------------------------------------------

/** Decorators whose failure has a message of its own; the sample below exercises each of them. */
const DECORATORS_EXERCISED = [
  'IsString', 'IsNotEmpty', 'IsInt', 'IsNumber', 'IsPositive', 'Min', 'Max', 'IsIn', 'IsEnum', 'IsDateString', 'MinLength', 'MaxLength',
  'IsBoolean', 'IsArray', 'IsObject', 'IsEmail', 'Matches', 'Equals', 'ArrayMinSize', 'ArrayMaxSize', 'ValidateNested', 'IsDefined',
];
/** Decorators that only decide whether other checks run. */
const DECORATORS_WITHOUT_MESSAGE = ['IsOptional', 'ValidateIf'];

class SampleNested {
  @IsString()
  name: string;
}

class SampleBody {
  @IsString() text: string;
  @IsNotEmpty() filled: string;
  @IsInt() whole: number;
  @IsNumber() amount: number;
  @IsPositive() positive: number;
  @Min(1) atLeastOne: number;
  @Max(10) atMostTen: number;
  @IsIn(['A', 'B']) choice: string;
  @IsEnum({ A: 'A', B: 'B' }) kind: string;
  @IsDateString() when: string;
  @MinLength(1) name: string;
  @MinLength(2) reason: string;
  @MaxLength(3) code: string;
  @IsBoolean() active: boolean;
  @IsArray() list: unknown;
  @IsObject() data: unknown;
  @IsEmail() email: string;
  @Matches(/^\d{4}-\d{2}$/) period: string;
  @Equals(true) confirmed: boolean;
  @ArrayMinSize(1) some: unknown[];
  @ArrayMaxSize(1) few: unknown[];
  @IsInt({ each: true }) ids: unknown[];
  @ValidateNested() @Type(() => SampleNested) nested: unknown;
  @IsDefined() present: unknown;
}

function classValidatorImports(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles('apps/api/src')) {
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const [, list] of source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'class-validator'/g)) {
      for (const name of list.split(',').map((n) => n.trim()).filter(Boolean)) if (/^[A-Z]/.test(name)) names.add(name);
    }
  }
  return names;
}

/** What class-validator itself says of a body that breaks every rule, with the options of the API's pipe. */
function classValidatorMessages(): string[] {
  const body = {
    text: 1, filled: '', whole: 1.5, amount: 'x', positive: -1, atLeastOne: 0, atMostTen: 11, choice: 'C', kind: 'C', when: 'x',
    name: '', reason: 'a', code: 'abcd', active: 'x', list: 1, data: 1, email: 'x', period: 'x', confirmed: false,
    some: [], few: [1, 2], ids: ['x'], nested: 'x', extra: 1,
  };
  const errors = validateSync(plainToInstance(SampleBody, body), { whitelist: true, forbidNonWhitelisted: true });
  const unknownValue = validateSync(['not an object'] as object);
  return [...errors, ...unknownValue].flatMap((e) => Object.values(e.constraints ?? {}));
}

// ---- zod's messages -----------------------------------------------------------------------

/** What zod says of wrong policies (every kind of check the schemas use), and of a few other checks. */
function zodMessages(): string[] {
  const wrong: [string, unknown][] = [
    ['calendar', { utcOffsetMinutes: 'x', workdays: [], workStart: '8', workEnd: 7 }],
    ['calendar', { utcOffsetMinutes: 1.5, workdays: [7, -1, 2.5], workStart: '09:00', workEnd: '08:00' }],
    ['calendar', { utcOffsetMinutes: 9999, workdays: 'x' }],
    ['calendar', null],
    ['fee', { custodyRatio: 2, payWithinDays: -1 }],
    ['dunning', { remindAfter: 'P', payWithinDays: 0, callWithin: { after: 'x' }, letterAfter: 3, postWithin: { endOfBusinessDay: false } }],
    ['complaint', { major: { directorSameDay: 5, answerWithin: { after: 'PT1H', business: 'yes' } } }],
  ];
  const others: [z.ZodType, unknown][] = [
    [z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }],
    [z.strictObject({ a: z.string() }), { a: 'x', b: 1 }],
    [z.enum(['A', 'B']), 'C'],
    [z.literal(true), false],
    [z.string().min(2).max(3), 'a'],
    [z.string().max(3), 'abcd'],
    [z.number().gt(0).multipleOf(2), -1],
    [z.array(z.string()).max(1), ['a', 'b']],
    [z.string().regex(/^\d+$/), 'x'],
  ];
  const issues = [
    ...wrong.flatMap(([key, data]) => POLICY_SCHEMAS[key].safeParse(data).error?.issues ?? []),
    ...others.flatMap(([schema, data]) => schema.safeParse(data).error?.issues ?? []),
  ];
  return [...new Set(issues.map((i) => i.message))];
}
