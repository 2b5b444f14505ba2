/** Injected faults: answers served before normal handling, a set number of times each. */
import { ValidationError } from '../../core/errors.js';
import { checkNumber } from '../../core/option-checks.js';
import type { Fault } from './types.js';

/** Gateway code and message for throttling (API Gateway error table). */
export const THROTTLED = { code: 'APIGW.0308', message: 'The throttling threshold has been reached: policy user over ratelimit (injected fault)' };
/** Code of other injected faults: they are the mock's own, not a documented answer. */
export const INJECTED_FAULT_CODE = 'MOCK.FAULT';

interface Pending {
  fault: Fault;
  left: number;
}

function check(fault: Fault): void {
  if (typeof fault !== 'object' || fault === null) throw new ValidationError('fault', 'type', 'a fault must be an object');
  if (!Number.isInteger(fault.status) || fault.status < 100 || fault.status > 599) throw new ValidationError('status', 'range', 'fault.status must be an HTTP status (100-599)');
  const times = fault.times ?? 1;
  if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) throw new ValidationError('times', 'range', 'fault.times must be a positive integer or Infinity');
  if (fault.path !== undefined && !(fault.path instanceof RegExp)) throw new ValidationError('path', 'type', 'fault.path must be a RegExp');
  checkNumber('delayMs', fault.delayMs, { sign: 'non-negative' });
  checkNumber('breakAfterBytes', fault.breakAfterBytes, { sign: 'non-negative', integer: true });
}

/** Faults in the order they were injected; the first that matches a request is used. */
export class FaultQueue {
  private readonly pending: Pending[] = [];

  add(fault: Fault): void {
    check(fault);
    this.pending.push({ fault: { ...fault }, left: fault.times ?? 1 });
  }

  clear(): void {
    this.pending.length = 0;
  }

  /** The fault for a request target, counting it as used; undefined when none matches. */
  take(target: string): Fault | undefined {
    const index = this.pending.findIndex(({ fault }) => {
      if (!fault.path) return true;
      fault.path.lastIndex = 0; // a /g or /y RegExp keeps state between tests
      return fault.path.test(target);
    });
    const found = this.pending[index];
    if (!found) return undefined;
    if (--found.left <= 0) this.pending.splice(index, 1);
    return found.fault;
  }
}
