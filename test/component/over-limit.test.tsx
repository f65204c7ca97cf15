/**
 * 超限运输: the classification under the form follows the numbers the citizen types, in words.
 */
import { render, screen } from '@testing-library/react';
import { OverLimitPanel } from '../../src/features/applying/components/OverLimitPanel';

const vehicle = { axles: '5', kind: 'truck' };

describe('OverLimitPanel', () => {
  it('asks for the numbers until they are all there', () => {
    render(<OverLimitPanel values={{ vehicle, cargo: { totalMass: '49.5' } }} />);
    expect(screen.getByText(/填写轴数、车货总质量和长宽高后/)).toBeTruthy();
  });

  it('says why a heavy five-axle truck is over the limit and which class follows (over mass: not 一类)', () => {
    render(<OverLimitPanel values={{ vehicle, cargo: { totalMass: '49.5', length: '16.5', width: '2.5', height: '3.9' } }} />);
    expect(screen.getByTestId('over-limit-class').textContent).toMatch(/超限运输（二类）.*5个工作日/);
    expect(screen.getByText(/车货总质量49.5吨，超过5轴车辆限值43吨/)).toBeTruthy();
  });

  it('says so when the load is within the limits', () => {
    render(<OverLimitPanel values={{ vehicle, cargo: { totalMass: '40', length: '16.5', width: '2.5', height: '3.9' } }} />);
    expect(screen.getByTestId('over-limit-class').textContent).toMatch(/未超过限定标准/);
  });
});
