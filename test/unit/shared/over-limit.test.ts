/**
 * The over-limit classification of 超限运输车辆行驶公路许可: the 第三条 limits of
 * 《超限运输车辆行驶公路管理规定》 (strict: exactly at a limit is not over) and the three cases of
 * its 第十五条 with their decision days, at and just past every boundary.
 */
import { classifyOverLimit, massLimit, overLimitFromValues } from '../../../src/shared/forms/over-limit';
import type { OverLimitInput } from '../../../src/shared/forms/over-limit';

/** A 6-axle combination within every limit. */
const LEGAL: OverLimitInput = { axles: 6, totalMassT: 40, lengthM: 18, widthM: 2.5, heightM: 3.8, kind: 'combination' };

describe('massLimit (第三条)', () => {
  it.each([
    [2, 'truck', false, 18],
    [2, 'combination', false, 18],
    [3, 'truck', false, 25],
    [3, 'combination', false, 27],
    [4, 'truck', false, 31],
    [4, 'combination', false, 36],
    [5, 'combination', false, 43],
    [5, 'truck', false, 43],
    [6, 'combination', false, 49],
    [6, 'combination', true, 46],
    [12, 'combination', false, 49],
    [6, 'truck', true, 49],
  ] as const)('%i axles, %s, single drive axle %s: %i t', (axles, kind, single, limit) => {
    expect(massLimit(axles, kind, single).limitT).toBe(limit);
  });

  it('takes the lower 货车 figure when the kind is not given', () => {
    expect(massLimit(3).limitT).toBe(25);
    expect(massLimit(4).limitT).toBe(31);
  });

  it('refuses an impossible axle count', () => {
    expect(() => massLimit(1)).toThrow(RangeError);
    expect(() => massLimit(2.5)).toThrow(RangeError);
  });
});

describe('classifyOverLimit', () => {
  it('a transport within every limit is not over, without class or days', () => {
    expect(classifyOverLimit(LEGAL)).toEqual({ over: false, reasons: [] });
  });

  it('exactly at each 第三条 limit is not over; just past it is', () => {
    const at = { ...LEGAL, heightM: 4, widthM: 2.55, lengthM: 18.1, totalMassT: 49 };
    expect(classifyOverLimit(at).over).toBe(false);
    expect(classifyOverLimit({ ...at, heightM: 4.01 }).reasons).toEqual(['车货总高4.01米，超过限值4米']);
    expect(classifyOverLimit({ ...at, widthM: 2.56 }).reasons).toEqual(['车货总宽2.56米，超过限值2.55米']);
    expect(classifyOverLimit({ ...at, lengthM: 18.11 }).reasons).toEqual(['车货总长18.11米，超过限值18.1米']);
    expect(classifyOverLimit({ ...at, totalMassT: 49.1 }).reasons).toEqual(['车货总质量49.1吨，超过6轴及以上车辆限值49吨']);
  });

  it('names the vehicle whose mass limit is exceeded', () => {
    expect(classifyOverLimit({ ...LEGAL, axles: 5, totalMassT: 49.5 }).reasons).toEqual(['车货总质量49.5吨，超过5轴车辆限值43吨']);
    expect(classifyOverLimit({ ...LEGAL, axles: 2, kind: 'truck', totalMassT: 18.1 }).reasons).toEqual(['车货总质量18.1吨，超过2轴货车限值18吨']);
    expect(classifyOverLimit({ ...LEGAL, axles: 3, kind: 'truck', totalMassT: 26 }).reasons).toEqual(['车货总质量26吨，超过3轴货车限值25吨']);
    expect(classifyOverLimit({ ...LEGAL, axles: 3, kind: 'combination', totalMassT: 26 }).over).toBe(false);
    expect(classifyOverLimit({ ...LEGAL, axles: 4, kind: 'combination', totalMassT: 36.5 }).reasons).toEqual(['车货总质量36.5吨，超过4轴汽车列车限值36吨']);
    expect(classifyOverLimit({ ...LEGAL, totalMassT: 47, singleDriveAxle: true }).reasons).toEqual(['车货总质量47吨，超过牵引车驱动轴为单轴的6轴及以上汽车列车限值46吨']);
  });

  it('lists every exceeded limit, in the order height, width, length, mass', () => {
    const r = classifyOverLimit({ ...LEGAL, heightM: 4.3, widthM: 3.2, lengthM: 21, totalMassT: 60 });
    expect(r.reasons).toEqual(['车货总高4.3米，超过限值4米', '车货总宽3.2米，超过限值2.55米', '车货总长21米，超过限值18.1米', '车货总质量60吨，超过6轴及以上车辆限值49吨']);
  });

  describe('permit class and decision days (第十五条)', () => {
    it('一类 (2 working days): over in dimensions only, within 4.2 m, 3 m, 20 m', () => {
      for (const change of [{ heightM: 4.2 }, { widthM: 3 }, { lengthM: 20 }, { heightM: 4.2, widthM: 3, lengthM: 20 }]) {
        expect(classifyOverLimit({ ...LEGAL, ...change })).toMatchObject({ over: true, class: '一类', decisionDays: 2 });
      }
    });

    it('二类 (5 working days): past a 一类 threshold, or over the 第三条 mass, within 4.5 m, 3.75 m, 28 m, 100 t', () => {
      for (const change of [{ heightM: 4.21 }, { widthM: 3.01 }, { lengthM: 20.01 }, { totalMassT: 49.1 }, { heightM: 4.5, widthM: 3.75, lengthM: 28, totalMassT: 100 }]) {
        expect(classifyOverLimit({ ...LEGAL, ...change })).toMatchObject({ over: true, class: '二类', decisionDays: 5 });
      }
    });

    it('三类 (15 working days): past any 二类 threshold', () => {
      for (const change of [{ heightM: 4.51 }, { widthM: 3.76 }, { lengthM: 28.01 }, { totalMassT: 100.1 }]) {
        expect(classifyOverLimit({ ...LEGAL, ...change })).toMatchObject({ over: true, class: '三类', decisionDays: 15 });
      }
    });

    it('the mass limit that decides 一类 follows the axles and kind', () => {
      const wide = { ...LEGAL, widthM: 2.8 };
      expect(classifyOverLimit({ ...wide, axles: 5, totalMassT: 43 }).class).toBe('一类');
      expect(classifyOverLimit({ ...wide, axles: 5, totalMassT: 43.1 }).class).toBe('二类');
      expect(classifyOverLimit({ ...wide, axles: 6, singleDriveAxle: true, totalMassT: 46.5 }).class).toBe('二类');
    });
  });

  it('refuses negative or non-finite numbers', () => {
    expect(() => classifyOverLimit({ ...LEGAL, heightM: -1 })).toThrow(RangeError);
    expect(() => classifyOverLimit({ ...LEGAL, totalMassT: Number.NaN })).toThrow(RangeError);
  });
});

describe('overLimitFromValues (the form)', () => {
  const values = {
    vehicle: { plate: '渝H38261', kind: 'combination', trailerPlate: '渝H1234挂', driveAxle: 'tandem', axles: '6' },
    cargo: { name: '变压器', divisible: 'indivisible', totalMass: '49.5', length: '17.50', width: '3.20', height: '3.90' },
  };

  it('classifies the form values', () => {
    expect(overLimitFromValues(values)).toEqual({
      over: true,
      reasons: ['车货总宽3.2米，超过限值2.55米', '车货总质量49.5吨，超过6轴及以上车辆限值49吨'],
      class: '二类',
      decisionDays: 5,
    });
  });

  it('takes the single drive axle only for a combination', () => {
    const single = { ...values, vehicle: { ...values.vehicle, driveAxle: 'single' }, cargo: { ...values.cargo, totalMass: '47', width: '2.5' } };
    expect(overLimitFromValues(single)?.reasons).toEqual(['车货总质量47吨，超过牵引车驱动轴为单轴的6轴及以上汽车列车限值46吨']);
    expect(overLimitFromValues({ ...single, vehicle: { ...single.vehicle, kind: 'truck' } })?.over).toBe(false);
  });

  it('is null while a number is missing or not a number yet', () => {
    expect(overLimitFromValues({})).toBeNull();
    expect(overLimitFromValues({ ...values, cargo: { ...values.cargo, height: '' } })).toBeNull();
    expect(overLimitFromValues({ ...values, cargo: { ...values.cargo, totalMass: '49.' } })).toBeNull();
    expect(overLimitFromValues({ ...values, vehicle: { ...values.vehicle, axles: '1' } })).toBeNull();
  });
});
