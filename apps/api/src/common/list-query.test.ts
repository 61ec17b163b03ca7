import { columns, contentRange, contains, enumEq, intEq, parseList, type ListSpec } from './list-query';

const spec: ListSpec = {
  sort: { ...columns('id', 'name'), 'unit.number': (order) => ({ unit: { number: order } }) },
  defaultSort: ['id', 'asc'],
  filters: { name: contains('name'), buildingId: intEq('buildingId'), occupancy: enumEq('occupancy', ['OWNER', 'TENANT']) },
};

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { getResponse(): { errors: { field: string }[] } }).getResponse().errors[0].field;
  }
  throw new Error('expected a 400');
};

describe('ra-data-simple-rest list parameters', () => {
  it('reads sort, range and filter as react-admin writes them', () => {
    const parsed = parseList(
      { sort: '["unit.number","DESC"]', range: '[10,19]', filter: '{"name":"王","buildingId":"3","occupancy":["OWNER"]}' },
      spec,
    );
    expect(parsed).toEqual({
      skip: 10,
      take: 10,
      orderBy: [{ unit: { number: 'desc' } }, { id: 'desc' }],
      where: {
        AND: [{ name: { contains: '王', mode: 'insensitive' } }, { buildingId: 3 }, { occupancy: { in: ['OWNER'] } }],
      },
    });
  });

  it('defaults to the first 25 rows in the default order, and treats empty filter values as absent', () => {
    expect(parseList({ filter: '{"name":""}' }, spec)).toEqual({ skip: 0, take: 25, orderBy: [{ id: 'asc' }], where: {} });
  });

  it('answers getMany (filter by ids)', () => {
    expect(parseList({ filter: '{"id":[3,1]}' }, spec).where).toEqual({ AND: [{ id: { in: [3, 1] } }] });
  });

  it('names the parameter that is wrong', () => {
    expect(fieldOf(() => parseList({ sort: '["secret","ASC"]' }, spec))).toBe('sort');
    expect(fieldOf(() => parseList({ sort: '["id","UP"]' }, spec))).toBe('sort');
    expect(fieldOf(() => parseList({ range: '[0,5000]' }, spec))).toBe('range');
    expect(fieldOf(() => parseList({ range: '[-1,3]' }, spec))).toBe('range');
    expect(fieldOf(() => parseList({ filter: '[1]' }, spec))).toBe('filter');
    expect(fieldOf(() => parseList({ filter: '{"buildingId":"x"}' }, spec))).toBe('filter.buildingId');
    expect(fieldOf(() => parseList({ filter: '{"occupancy":"LODGER"}' }, spec))).toBe('filter.occupancy');
    expect(fieldOf(() => parseList({ filter: '{"unknown":1}' }, spec))).toBe('filter.unknown');
  });

  it('writes the Content-Range header of a page', () => {
    expect(contentRange('households', 0, 25, 319)).toBe('households 0-24/319');
    expect(contentRange('households', 300, 19, 319)).toBe('households 300-318/319');
    expect(contentRange('households', 0, 0, 0)).toBe('households */0');
  });
});
